import type { Account } from './account'
import type { Case } from './case'
import { phaseOf, type CasePhase, type CountryClocks } from './phase'
import type { Proof } from './proof'
import { numberRetentionFacts, retentionOf, type Retention } from './retention'
import { worklist } from './risk'

/**
 * Where the work on a number stands: nothing listed yet, accounts still open, or every
 * listed account done.
 */
export type WorkState = 'empty' | 'working' | 'finished'

export interface PhaseGuidance<A> extends CasePhase {
  work: WorkState
  /** Open accounts whose login, SMS codes or recovery still use the number, in work order. */
  critical: A[]
  /** Open accounts the user can no longer get into. */
  lockedOut: A[]
  /** How long the number's proofs must be kept (see retention.ts). */
  retention: Retention
  /** A planned cancellation's day, when one is set and the SIM still works. */
  plannedOn: string | null
}

type GuidedAccount = Pick<
  Account,
  'id' | 'usages' | 'category' | 'status' | 'name' | 'lockedOut' | 'caseId' | 'updatedAt'
> &
  Partial<Pick<Account, 'unlinkedAt'>> &
  Partial<Pick<Account, 'phoneCodes'>>

/**
 * What the dashboard leads with for one number on a day: its phase and clocks, the
 * critical accounts still on the number (first to move while planning, urgent once it may
 * be reassigned), and whether the inventory is empty, in progress or finished.
 */
export function phaseGuidance<A extends GuidedAccount>(
  c: Pick<
    Case,
    'id' | 'status' | 'cancellationDate' | 'lastUseDate' | 'reassignDays' | 'keepProofsUntil'
  > & { clocks: CountryClocks },
  accounts: readonly A[],
  today: string,
  proofs: readonly Pick<Proof, 'ownerType' | 'ownerId' | 'documentDate'>[]
): PhaseGuidance<A> {
  const own = accounts.filter((a) => a.caseId === c.id)
  const open = worklist(own)
  return {
    ...phaseOf(c, today, c.clocks),
    work: own.length === 0 ? 'empty' : open.length === 0 ? 'finished' : 'working',
    critical: open.filter((i) => i.risk === 'critical').map((i) => i.account),
    lockedOut: open.filter((i) => i.account.lockedOut).map((i) => i.account),
    retention: retentionOf(numberRetentionFacts(c, accounts, proofs), today),
    plannedOn: c.status === 'planned' ? c.cancellationDate : null
  }
}
