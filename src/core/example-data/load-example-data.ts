import { Readable } from 'node:stream'
import { CaseDraft } from '../../shared/domain/case'
import { addDaysTo, toDateOnly } from '../../shared/domain/dates'
import { playbookFor } from '../../shared/playbooks'
import type { AccountRules } from '../accounts/account-rules'
import { appCatalog } from '../catalog/catalog'
import { addFromCatalog } from '../accounts/add-from-catalog'
import { isEmptyStore } from '../archive/merge-records'
import type { CaseRules } from '../cases/case-rules'
import { DomainError } from '../errors'
import type { PeopleRules } from '../people/people-rules'
import type { ProofRules } from '../proofs/proof-rules'
import type { StoreData } from '../store/schema'
import type { StagedFile } from '../vault/staged-file'
import type { Vault } from '../vault/vault'
import { makeAgreementPdf, makeReceiptPng } from './example-files'
import { DEMO_CASE, DEMO_MANUAL_ACCOUNT, DEMO_PEOPLE, DEMO_SERVICES } from './example-records'

export interface DemoDeps {
  data: () => StoreData
  vault: Vault
  cases: CaseRules
  accounts: AccountRules
  people: PeopleRules
  proofs: ProofRules
  mutate: <T>(change: () => T) => Promise<T>
  now: () => Date
}

/**
 * Fills an empty data folder with the example: a number cancelled three weeks ago, a
 * dozen accounts in varied states, two people, the agreement PDF and a receipt photo.
 * Refuses a folder that already holds the user's own records.
 */
export async function loadExampleData(
  deps: DemoDeps
): Promise<{ accounts: number; notNeeded: number }> {
  if (!isEmptyStore(deps.data()))
    throw new DomainError('conflict', 'Example data can only go into an empty data folder.')
  const today = toDateOnly(deps.now())
  const cancelled = addDaysTo(today, -21)
  const draft = CaseDraft.parse({ ...DEMO_CASE, cancellationDate: cancelled })
  const pdf = makeAgreementPdf({
    number: DEMO_CASE.number,
    carrier: 'MTS',
    reference: DEMO_CASE.reference ?? '',
    date: cancelled,
    holder: 'Ivan Petrov'
  })
  const png = makeReceiptPng({
    lines: [
      'MTS STORE #0412',
      `DATE ${cancelled}`,
      'FINAL BALANCE 0.00 RUB',
      'PAID',
      '',
      'THANK YOU'
    ]
  })
  const files: StagedFile[] = []
  for (const bytes of [pdf, png]) {
    const staged = await deps.vault.stageStream(Readable.from([bytes]))
    await deps.vault.keep(staged)
    files.push(staged)
  }

  return deps.mutate(() => {
    for (const c of [...deps.data().cases]) if (c.number === null) deps.cases.delete(c.id)
    const created = deps.cases.create(draft)
    const added = addFromCatalog(
      deps.data(),
      appCatalog(),
      { accounts: deps.accounts, cases: deps.cases },
      created.id,
      DEMO_SERVICES.map((s) => s.catalogId)
    )
    for (const account of added) {
      const plan = DEMO_SERVICES.find((s) => s.catalogId === account.catalogId)
      if (!plan) continue
      for (const step of playbookFor(account.playbook).steps.slice(0, plan.ticks ?? 0))
        deps.accounts.tickStep(account.id, step.id, true)
      if (plan.status !== 'todo') deps.accounts.setStatus([account.id], plan.status)
    }
    deps.accounts.create({ ...DEMO_MANUAL_ACCOUNT, caseId: created.id })
    for (const person of DEMO_PEOPLE) deps.people.create({ ...person, caseId: created.id })
    const [agreement, receipt] = files as [StagedFile, StagedFile]
    deps.proofs.add(
      {
        ownerType: 'case',
        ownerId: created.id,
        kind: 'agreement',
        note: 'Signed at the store',
        originalName: 'MTS termination agreement.pdf',
        mediaType: 'application/pdf'
      },
      agreement
    )
    deps.proofs.add(
      {
        ownerType: 'case',
        ownerId: created.id,
        kind: 'receipt',
        note: 'Final balance paid',
        originalName: 'receipt.png',
        mediaType: 'image/png'
      },
      receipt
    )
    // Everything above is the example's: the folder was empty, so every record is.
    const data = deps.data()
    for (const record of [...data.cases, ...data.accounts, ...data.people, ...data.proofs])
      record.example = true
    const accounts = data.accounts.filter((a) => a.caseId === created.id)
    // The dashboard leaves accounts marked not needed out of its count; the answer says
    // how many, so the message can name both figures.
    return {
      accounts: accounts.length,
      notNeeded: accounts.filter((a) => a.status === 'notNeeded').length
    }
  })
}
