import type { Account } from './account'
import { CATEGORIES, isUnlinked, type Category } from './account-values'
import type { Case } from './case'
import { reassignDate } from './case-values'
import { daysBetween } from './dates-values'
import type { CountryClocks } from './phase'
import type { Person } from './person'
import type { Proof } from './proof'
import { numberRetentionFacts, retentionOf, type Retention } from './retention'
import type { FactsOf } from './plan'
import { riskOf } from './risk'

export interface Tally {
  done: number
  total: number
}

export interface Dashboard {
  /** Unlinked or verified, of every account that matters (not-needed ones are left out). */
  progress: Tally
  /** Every account listed on the number, done or not: none means nothing is known yet. */
  listed: number
  criticalLeft: number
  byCategory: Array<{ category: Category } & Tally>
  peopleToNotify: number
  peopleTotal: number
  daysSinceCancellation: number | null
  /** Estimated date after which the carrier may give the number to someone else. */
  reassignOn: string | null
  daysUntilReassign: number | null
  /** How long the number's proofs must be kept (see retention.ts). */
  retention: Retention | null
}

export function tally(accounts: readonly Pick<Account, 'status'>[]): Tally {
  const counted = accounts.filter((a) => a.status !== 'notNeeded')
  return { done: counted.filter((a) => isUnlinked(a.status)).length, total: counted.length }
}

/** The figures of one case's dashboard (or of all cases, with caseInfo null). */
export function dashboard(
  accounts: readonly Account[],
  people: readonly Person[],
  caseInfo: (Case & { clocks: CountryClocks }) | null,
  today: string,
  proofs: readonly Pick<Proof, 'ownerType' | 'ownerId' | 'documentDate'>[],
  factsOf: FactsOf
): Dashboard {
  const byCategory = CATEGORIES.map((category) => ({
    category,
    ...tally(accounts.filter((a) => a.category === category))
  })).filter((row) => row.total > 0)
  const cancelled = caseInfo?.cancellationDate ?? null
  const reassignOn = caseInfo ? reassignDate(caseInfo, caseInfo.clocks) : null
  return {
    progress: tally(accounts),
    listed: accounts.length,
    criticalLeft: accounts.filter((a) => riskOf(a, factsOf(a.catalogId)) === 'critical').length,
    byCategory,
    peopleToNotify: people.filter((p) => p.status === 'toNotify').length,
    peopleTotal: people.length,
    daysSinceCancellation: cancelled && cancelled <= today ? daysBetween(cancelled, today) : null,
    reassignOn,
    daysUntilReassign: reassignOn ? daysBetween(today, reassignOn) : null,
    retention: caseInfo
      ? retentionOf(numberRetentionFacts(caseInfo, accounts, proofs), today)
      : null
  }
}
