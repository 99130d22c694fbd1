import {
  Account,
  AccountDraft,
  AccountFields,
  isUnlinked,
  playbookForCategory,
  type AccountPatch,
  type Status
} from '../../shared/domain/account'
import { mergeEvidence, type AccountEvidence } from '../../shared/domain/account-evidence'
import { playbookFor } from '../../shared/playbooks'
import type { CaseRules } from '../cases/case-rules'
import { DomainError } from '../errors'
import { diff, record } from '../history/history-log'
import { newId } from '../ids'
import type { StoreData } from '../store/schema'

const TRACKED = Object.keys(AccountFields.shape) as Array<keyof Account & string>

/** The account rules, applied to the store's data in memory; the caller persists. */
export class AccountRules {
  constructor(
    private readonly data: () => StoreData,
    private readonly cases: CaseRules,
    private readonly now: () => Date
  ) {}

  create(draft: AccountDraft): Account {
    const { caseId, playbook, ...parsed } = AccountDraft.parse(draft)
    const fields = { ...parsed, ...reconcileCodes(parsed, parsed.phoneCodes) }
    const at = this.now().toISOString()
    const account: Account = {
      id: newId(),
      ...fields,
      caseId: caseId ? this.cases.find(caseId).id : this.cases.defaultCaseId(),
      playbook: playbook ?? playbookForCategory(fields.category),
      ticked: [],
      customSteps: [],
      createdAt: at,
      updatedAt: at,
      ...(isUnlinked(fields.status) ? { unlinkedAt: at } : {})
    }
    this.data().accounts.push(account)
    this.log(account, 'created', at, diff(null, account, TRACKED))
    return account
  }

  update(id: string, patch: AccountPatch): Account {
    const account = this.find(id)
    if (patch.caseId) this.cases.find(patch.caseId)
    patch = { ...patch, ...reconcileCodes({ ...account, ...patch }, patch.phoneCodes) }
    const changes = diff(account, { ...account, ...patch }, TRACKED)
    if (Object.keys(changes).length === 0) return account
    const at = this.now().toISOString()
    const was = account.status
    Object.assign(account, patch, { updatedAt: at })
    markUnlinked(account, was, at)
    this.log(account, 'updated', at, changes)
    return account
  }

  /** Sets one status on many accounts; unknown ids refuse the whole action. */
  setStatus(ids: string[], status: Status): Account[] {
    const accounts = [...new Set(ids)].map((id) => this.find(id))
    const at = this.now().toISOString()
    for (const account of accounts) {
      if (account.status === status) continue
      const changes = { status: { from: account.status, to: status } }
      const was = account.status
      account.status = status
      account.updatedAt = at
      markUnlinked(account, was, at)
      this.log(account, 'updated', at, changes)
    }
    return accounts
  }

  delete(id: string): Account {
    const account = this.find(id)
    const accounts = this.data().accounts
    accounts.splice(accounts.indexOf(account), 1)
    this.log(account, 'deleted', this.now().toISOString())
    return account
  }

  /** Deletes many in one action; an unknown id refuses them all. Answers them for undo. */
  deleteMany(ids: string[]): Account[] {
    const doomed = [...new Set(ids)].map((id) => this.find(id))
    return doomed.map((account) => this.delete(account.id))
  }

  /** Undo of a delete of many: all come back, or none when one is already there. */
  restoreMany(list: Account[]): Account[] {
    const parsed = list.map((a) => Account.parse(a))
    const ids = new Set<string>()
    for (const account of parsed) {
      if (ids.has(account.id) || this.has(account.id))
        throw new DomainError('conflict', 'This account already exists.')
      ids.add(account.id)
      this.cases.find(account.caseId)
    }
    return parsed.map((account) => this.restore(account))
  }

  /**
   * Moves accounts to another number. Their evidence stays as it was found: it names the
   * number that received the messages or that the logins spelled, wherever they go.
   */
  move(ids: string[], caseId: string): Account[] {
    const target = this.cases.find(caseId).id
    const moving = [...new Set(ids)].map((id) => this.find(id))
    return moving.map((account) => this.update(account.id, { caseId: target }))
  }

  /** Undo of a delete: the same record comes back under the same id. */
  restore(account: Account): Account {
    if (this.data().accounts.some((a) => a.id === account.id)) {
      throw new DomainError('conflict', 'This account already exists.')
    }
    const restored = Account.parse(account)
    this.cases.find(restored.caseId)
    this.data().accounts.push(restored)
    this.log(restored, 'restored', this.now().toISOString())
    return restored
  }

  /** Ticks or unticks one step of the account's playbook or of its own steps. */
  tickStep(id: string, stepId: string, ticked: boolean): Account {
    const account = this.find(id)
    const known =
      playbookFor(account.playbook).steps.some((s) => s.id === stepId) ||
      account.customSteps.some((s) => s.id === stepId)
    if (!known)
      throw new DomainError('notFound', 'This step is not part of the account’s checklist.')
    if (account.ticked.includes(stepId) === ticked) return account
    account.ticked = ticked
      ? [...account.ticked, stepId]
      : account.ticked.filter((s) => s !== stepId)
    const at = this.now().toISOString()
    account.updatedAt = at
    this.log(account, ticked ? 'stepTicked' : 'stepUnticked', at, {
      step: { from: null, to: stepId }
    })
    return account
  }

  addCustomStep(id: string, title: string): Account {
    const account = this.find(id)
    const used = new Set(account.customSteps.map((s) => s.id))
    let n = account.customSteps.length + 1
    while (used.has(`custom-${n}`)) n++
    const at = this.now().toISOString()
    account.customSteps = [...account.customSteps, { id: `custom-${n}`, title }]
    account.updatedAt = at
    this.log(account, 'updated', at, { customSteps: { from: null, to: title } })
    return account
  }

  removeCustomStep(id: string, stepId: string): Account {
    const account = this.find(id)
    const step = account.customSteps.find((s) => s.id === stepId)
    if (!step) throw new DomainError('notFound', 'This step no longer exists.')
    const at = this.now().toISOString()
    account.customSteps = account.customSteps.filter((s) => s.id !== stepId)
    account.ticked = account.ticked.filter((s) => s !== stepId)
    account.updatedAt = at
    this.log(account, 'updated', at, { customSteps: { from: step.title, to: null } })
    return account
  }

  /** Joins what a discovery found of the account to what it already holds. */
  addEvidence(id: string, found: AccountEvidence): Account {
    const account = this.find(id)
    account.evidence = mergeEvidence(account.evidence, found)
    const at = this.now().toISOString()
    account.updatedAt = at
    // Which files said so, never what they held: the counts stay on the account.
    const sources = (['passwords', 'sms'] as const).filter((source) => found[source])
    this.log(account, 'updated', at, { evidence: { from: null, to: [...sources] } })
    return account
  }

  has(id: string): boolean {
    return this.data().accounts.some((a) => a.id === id)
  }

  find(id: string): Account {
    const account = this.data().accounts.find((a) => a.id === id)
    if (!account) throw new DomainError('notFound', 'This account no longer exists.')
    return account
  }

  private log(
    account: Account,
    action: Parameters<typeof record>[1]['action'],
    at: string,
    changes?: ReturnType<typeof diff>
  ): void {
    record(this.data(), {
      at,
      entity: 'account',
      entityId: account.id,
      label: account.name,
      action,
      changes
    })
  }
}

/**
 * Records the day an account stops using the number (proofs are kept a year past the last
 * one), and forgets it when the account goes back to using it; unlinked then verified
 * keeps the first day.
 */
function markUnlinked(account: Account, was: Status, at: string): void {
  if (isUnlinked(account.status) && !isUnlinked(was)) account.unlinkedAt = at
  else if (!isUnlinked(account.status)) delete account.unlinkedAt
}

/**
 * Keeps the codes answer and the SMS-codes role in step: answering yes adds the role,
 * answering no removes it, and an account whose roles already say it gets codes has
 * its answer.
 */
function reconcileCodes(
  account: Pick<Account, 'usages' | 'phoneCodes'>,
  answered: Account['phoneCodes'] | undefined
): Pick<Account, 'usages' | 'phoneCodes'> {
  const others = account.usages.filter((u) => u !== 'sms2fa')
  if (answered === 'yes') return { usages: [...others, 'sms2fa'], phoneCodes: 'yes' }
  if (answered === 'no') return { usages: others, phoneCodes: 'no' }
  const gets = account.usages.includes('sms2fa')
  return {
    usages: account.usages,
    phoneCodes: gets && account.phoneCodes ? 'yes' : account.phoneCodes
  }
}
