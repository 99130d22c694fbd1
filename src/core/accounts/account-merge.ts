import {
  Account,
  AccountFields,
  LIMITS,
  USAGES,
  type PhoneCodeAnswer,
  type Status
} from '../../shared/domain/account'
import { mergeEvidence } from '../../shared/domain/account-evidence'
import type { MergeUndo } from '../../shared/domain/account-merge'
import { DomainError } from '../errors'
import { diff, record } from '../history/history-log'
import type { StoreData } from '../store/schema'

const TRACKED = Object.keys(AccountFields.shape) as Array<keyof Account & string>

/** How far along the way to unlinked a status is; "not needed" is off the way. */
const PROGRESS: Record<Status, number> = {
  todo: 0,
  inProgress: 1,
  unlinked: 2,
  verified: 3,
  notNeeded: -1
}

/**
 * The furthest status of the accounts merged. "Not needed" wins only when every one of
 * them says so: a duplicate is often marked not needed to get it out of the way, and the
 * account that remains must not hide the work the other still needs.
 */
function furthest(statuses: Status[]): Status {
  const onTheWay = statuses.filter((s) => s !== 'notNeeded')
  if (onTheWay.length === 0) return 'notNeeded'
  return onTheWay.reduce((a, b) => (PROGRESS[b] > PROGRESS[a] ? b : a))
}

/** An answer beats none; "gets codes" beats "gets none" (the riskier is kept). */
const CODES_ORDER: Array<PhoneCodeAnswer | null> = ['yes', 'no', 'unknown', null]
function codesAnswer(answers: Array<PhoneCodeAnswer | null>): PhoneCodeAnswer | null {
  return CODES_ORDER.find((a) => answers.includes(a)) ?? null
}

/** The notes of both, each once, the kept account's first. */
function joinNotes(notes: string[]): string {
  const kept = [...new Set(notes.map((n) => n.trim()).filter(Boolean))]
  return kept.join('\n\n').slice(0, LIMITS.notes)
}

export interface MergeOutcome {
  account: Account
  undo: MergeUndo
}

/**
 * Merges duplicates on one number into the first: it keeps the furthest status, every
 * usage and ticked step, both notes, every proof, the evidence of all and their history
 * (read through `mergedFrom`), and records a "merged" entry in each history. Answers
 * what undoing needs: the kept account as it was, the merged ones, the proofs moved.
 */
export function mergeAccounts(
  data: StoreData,
  now: Date,
  keepId: string,
  otherIds: string[]
): MergeOutcome {
  const find = (id: string): Account => {
    const account = data.accounts.find((a) => a.id === id)
    if (!account) throw new DomainError('notFound', 'This account no longer exists.')
    return account
  }
  const keep = find(keepId)
  const others = [...new Set(otherIds)].filter((id) => id !== keepId).map(find)
  if (others.length === 0)
    throw new DomainError('invalidInput', 'Choose at least two accounts to merge.')
  if (others.some((o) => o.caseId !== keep.caseId))
    throw new DomainError(
      'conflict',
      'Only accounts on the same number can be merged: move them to one number first.'
    )
  const before = structuredClone(keep)
  const removed = others.map((o) => structuredClone(o))
  const all = [keep, ...others]

  const customSteps = [...keep.customSteps]
  const ticked = new Set(keep.ticked)
  for (const other of others) {
    const renamed = new Map<string, string>()
    for (const step of other.customSteps) {
      const same = customSteps.find((s) => s.title.trim() === step.title.trim())
      if (same) renamed.set(step.id, same.id)
      else {
        let n = customSteps.length + 1
        while (customSteps.some((s) => s.id === `custom-${n}`)) n++
        customSteps.push({ id: `custom-${n}`, title: step.title })
        renamed.set(step.id, `custom-${n}`)
      }
    }
    for (const id of other.ticked) ticked.add(renamed.get(id) ?? id)
  }
  const usages = USAGES.filter((u) => all.some((a) => a.usages.includes(u)))
  const phoneCodes = codesAnswer(all.map((a) => a.phoneCodes))
  const evidence = others.reduce<Account['evidence']>(
    (held, o) => (o.evidence ? mergeEvidence(held, o.evidence) : held),
    keep.evidence
  )
  const next: Account = Account.parse({
    ...keep,
    status: furthest(all.map((a) => a.status)),
    usages:
      phoneCodes === 'yes' && !usages.includes('sms2fa')
        ? [...usages, 'sms2fa']
        : phoneCodes === 'no'
          ? usages.filter((u) => u !== 'sms2fa')
          : usages,
    phoneCodes,
    notes: joinNotes(all.map((a) => a.notes)),
    settingsUrl: keep.settingsUrl ?? others.find((o) => o.settingsUrl)?.settingsUrl ?? null,
    replacement: keep.replacement ?? others.find((o) => o.replacement)?.replacement ?? null,
    catalogId: keep.catalogId ?? others.find((o) => o.catalogId)?.catalogId ?? null,
    lockedOut: all.some((a) => a.lockedOut),
    ticked: [...ticked],
    customSteps,
    ...(evidence ? { evidence } : {}),
    mergedFrom: [
      ...(keep.mergedFrom ?? []),
      ...others.flatMap((o) => [o.id, ...(o.mergedFrom ?? [])])
    ],
    updatedAt: now.toISOString()
  })

  const proofs = data.proofs
    .filter((p) => p.ownerType === 'account' && others.some((o) => o.id === p.ownerId))
    .map((p) => ({ id: p.id, ownerId: p.ownerId }))
  for (const p of data.proofs)
    if (p.ownerType === 'account' && others.some((o) => o.id === p.ownerId)) p.ownerId = keep.id

  const at = now.toISOString()
  const changes = diff(keep, next, TRACKED)
  Object.assign(keep, next)
  data.accounts = data.accounts.filter((a) => !others.includes(a))
  for (const other of others)
    record(data, {
      at,
      entity: 'account',
      entityId: other.id,
      label: other.name,
      action: 'merged',
      changes: { mergedInto: { from: null, to: keep.name } }
    })
  record(data, {
    at,
    entity: 'account',
    entityId: keep.id,
    label: keep.name,
    action: 'merged',
    changes: { ...changes, merged: { from: null, to: others.map((o) => o.name) } }
  })
  return { account: keep, undo: { before, removed, proofs } }
}

/**
 * Puts a merge back: the kept account as it was, the merged ones again under their own
 * ids, and their proofs with them. Refused once the merge is no longer the kept
 * account's latest (a merged account came back another way, or was merged elsewhere).
 */
export function undoMerge(data: StoreData, now: Date, undo: MergeUndo): Account[] {
  const kept = data.accounts.find((a) => a.id === undo.before.id)
  if (!kept) throw new DomainError('notFound', 'This account no longer exists.')
  const removedIds = undo.removed.map((a) => a.id)
  const undoable =
    removedIds.every((id) => kept.mergedFrom?.includes(id)) &&
    removedIds.every((id) => !data.accounts.some((a) => a.id === id))
  if (!undoable) throw new DomainError('conflict', 'This merge can no longer be undone.')
  const before = Account.parse(undo.before)
  const removed = undo.removed.map((a) => Account.parse(a))
  for (const a of removed)
    if (!data.cases.some((c) => c.id === a.caseId))
      throw new DomainError('notFound', 'This number (case) no longer exists.')

  const at = now.toISOString()
  const changes = diff(kept, before, TRACKED)
  const at0 = data.accounts.indexOf(kept)
  data.accounts.splice(at0, 1, { ...before, updatedAt: at })
  data.accounts.push(...removed)
  for (const { id, ownerId } of undo.proofs) {
    const proof = data.proofs.find((p) => p.id === id)
    if (
      proof &&
      proof.ownerType === 'account' &&
      proof.ownerId === kept.id &&
      removedIds.includes(ownerId)
    )
      proof.ownerId = ownerId
  }
  record(data, {
    at,
    entity: 'account',
    entityId: before.id,
    label: before.name,
    action: 'unmerged',
    changes: { ...changes, merged: { from: removed.map((a) => a.name), to: null } }
  })
  for (const a of removed)
    record(data, { at, entity: 'account', entityId: a.id, label: a.name, action: 'restored' })
  return [data.accounts[at0]!, ...removed]
}
