import type { Account } from './account'
import { isDone, isUnlinked } from './account-values'
import type { Case } from './case'
import { addYearsTo, toDateOnly } from './dates-values'
import type { Proof } from './proof'

/**
 * How long the proofs of a number must be kept. A bill, a claim or a stranger's loan on
 * the old number can surface up to a year after any of: the cancellation, the date on a
 * document, the day the last account stopped using the number. So proofs are kept until
 * the latest of those plus a year (or the user's own later date), and for as long as any
 * account still uses the number, since the year has not started for it yet.
 */
export type Retention =
  /** Accounts on the number still use it: keep everything while they do. */
  | { kind: 'whileLinked'; linked: number }
  /** The number is not cancelled yet: keep until a year after it is. */
  | { kind: 'afterCancellation' }
  /** Keep until this day (today or later). */
  | { kind: 'until'; date: string }
  /** Kept long enough: this day has passed, the proofs may be deleted. */
  | { kind: 'ended'; date: string }

export interface RetentionFacts {
  /** The number the proofs belong to. */
  owner: Pick<Case, 'id' | 'cancellationDate' | 'keepProofsUntil'>
  /** Accounts of any number: those on `owner` count. */
  accounts: readonly Pick<Account, 'id' | 'caseId' | 'status' | 'updatedAt' | 'unlinkedAt'>[]
  /** The dates on the documents in question (every proof of the number, or one). */
  documentDates: readonly string[]
}

/** The day an account stopped using the number; older records only know their last change. */
function unlinkedOn(account: Pick<Account, 'updatedAt' | 'unlinkedAt'>): string {
  return toDateOnly(new Date(account.unlinkedAt ?? account.updatedAt))
}

/**
 * The last day the proofs must be kept, once it can be known: null while the number has
 * no cancellation date or an account on it is still linked.
 */
export function keepUntilDate(facts: RetentionFacts): string | null {
  const { owner } = facts
  const own = facts.accounts.filter((a) => a.caseId === owner.id)
  if (!owner.cancellationDate || own.some((a) => !isDone(a.status))) return null
  const yearAfter = [
    owner.cancellationDate,
    ...facts.documentDates,
    ...own.filter((a) => isUnlinked(a.status)).map(unlinkedOn)
  ].map((date) => addYearsTo(date, 1))
  const candidates = owner.keepProofsUntil ? [...yearAfter, owner.keepProofsUntil] : yearAfter
  return candidates.reduce((latest, date) => (date > latest ? date : latest))
}

/** What to tell the user about keeping the proofs on `today` (YYYY-MM-DD). */
export function retentionOf(facts: RetentionFacts, today: string): Retention {
  const linked = facts.accounts.filter(
    (a) => a.caseId === facts.owner.id && !isDone(a.status)
  ).length
  if (linked > 0) return { kind: 'whileLinked', linked }
  const date = keepUntilDate(facts)
  if (!date) return { kind: 'afterCancellation' }
  return date >= today ? { kind: 'until', date } : { kind: 'ended', date }
}

/** Whether a proof under this retention may be deleted without a stronger warning. */
export function mayDelete(retention: Retention): boolean {
  return retention.kind === 'ended'
}

/** The facts for every proof of a number together: the number's own and its accounts'. */
export function numberRetentionFacts(
  owner: RetentionFacts['owner'],
  accounts: RetentionFacts['accounts'],
  proofs: readonly Pick<Proof, 'ownerType' | 'ownerId' | 'documentDate'>[]
): RetentionFacts {
  const own = new Set(accounts.filter((a) => a.caseId === owner.id).map((a) => a.id))
  const documentDates = proofs
    .filter((p) => (p.ownerType === 'case' ? p.ownerId === owner.id : own.has(p.ownerId)))
    .map((p) => p.documentDate)
  return { owner, accounts, documentDates }
}
