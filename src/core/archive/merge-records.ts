import type { Manifest } from '../../shared/archive/manifest'
import { DomainError } from '../errors'
import { StoreData } from '../store/schema'

export type RestoreMode = 'replace' | 'merge'

export interface MergeCounts {
  cases: number
  accounts: number
  people: number
  proofs: number
  history: number
}

type WithId = { id: string; updatedAt?: string }

/** Records from the archive win only when they are new or changed later than ours. */
function mergeById<T extends WithId>(ours: T[], theirs: T[]): { merged: T[]; added: number } {
  const byId = new Map(ours.map((r) => [r.id, r]))
  let added = 0
  for (const record of theirs) {
    const current = byId.get(record.id)
    if (!current) {
      added++
      byId.set(record.id, record)
    } else if (record.updatedAt && current.updatedAt && record.updatedAt > current.updatedAt)
      byId.set(record.id, record)
  }
  return { merged: [...byId.values()], added }
}

export function isEmptyStore(data: StoreData): boolean {
  return (
    data.accounts.length === 0 &&
    data.people.length === 0 &&
    data.proofs.length === 0 &&
    data.cases.every((c) => c.number === null)
  )
}

/**
 * The store after a restore, validated whole before anything is written: every account,
 * person and proof must belong to a case or account that exists.
 */
export function mergeRecords(
  current: StoreData,
  manifest: Manifest,
  mode: RestoreMode
): { data: StoreData; counts: MergeCounts } {
  const incoming = manifest.records
  if (mode === 'replace' && !isEmptyStore(current))
    throw new DomainError(
      'conflict',
      'This data folder already holds records. Merge the archive instead, or restore into an empty folder.'
    )
  const base: StoreData =
    mode === 'replace' ? { ...current, cases: [], history: current.history } : current
  const cases = mergeById(base.cases, incoming.cases)
  const accounts = mergeById(base.accounts, incoming.accounts)
  const people = mergeById(base.people, incoming.people)
  const proofs = mergeById(base.proofs, incoming.proofs)
  const history = mergeById(base.history, incoming.history)
  history.merged.sort((a, b) => a.at.localeCompare(b.at))

  const data: StoreData = {
    schemaVersion: current.schemaVersion,
    cases: cases.merged,
    accounts: accounts.merged,
    people: people.merged,
    proofs: proofs.merged,
    history: history.merged,
    // The whole history comes in; the next save moves the older part to a new segment.
    historySegments: [],
    notifiedReminders: current.notifiedReminders,
    // The app's language and sort belong to this folder, not to the archive's records.
    preferences: current.preferences
  }
  const parsed = StoreData.safeParse(data)
  if (!parsed.success)
    throw new DomainError(
      'badArchive',
      'The archive’s records do not fit this version of Unlinker.'
    )
  const caseIds = new Set(data.cases.map((c) => c.id))
  const orphan =
    data.accounts.find((a) => !caseIds.has(a.caseId)) ??
    data.people.find((p) => !caseIds.has(p.caseId)) ??
    // A deleted account's proofs stay in the vault on purpose; a case's must have it.
    data.proofs.find((p) => p.ownerType === 'case' && !caseIds.has(p.ownerId))
  if (orphan)
    throw new DomainError(
      'badArchive',
      'The archive refers to a number or an account it does not contain.'
    )
  return {
    data: parsed.data,
    counts: {
      cases: cases.added,
      accounts: accounts.added,
      people: people.added,
      proofs: proofs.added,
      history: history.added
    }
  }
}
