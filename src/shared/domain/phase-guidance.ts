import type { Account } from './account'
import type { Case } from './case'
import { phaseOf, type CasePhase } from './phase'
import { planNumber, type FactsOf, type PlanAccount, type PlanCase, type WorkState } from './plan'
import type { Proof } from './proof'
import { numberRetentionFacts, retentionOf, type Retention } from './retention'

export type { WorkState }

export interface PhaseGuidance<A> extends CasePhase {
  work: WorkState
  /** Open accounts whose login, SMS codes or recovery still use the number, in plan order. */
  critical: A[]
  /** Open accounts the user can no longer get into. */
  lockedOut: A[]
  /** How long the number's proofs must be kept (see retention.ts). */
  retention: Retention
  /** A planned cancellation's day, when one is set and the SIM still works. */
  plannedOn: string | null
}

type GuidedAccount = PlanAccount & Pick<Account, 'updatedAt'> & Partial<Pick<Account, 'unlinkedAt'>>

/**
 * What the dashboard leads with for one number on a day: its phase and clocks, the
 * critical accounts still on the number (first to move while planning, urgent once it may
 * be reassigned), and whether the inventory is empty, in progress or finished.
 */
export function phaseGuidance<A extends GuidedAccount>(
  c: PlanCase & Pick<Case, 'keepProofsUntil'>,
  accounts: readonly A[],
  today: string,
  proofs: readonly Pick<Proof, 'ownerType' | 'ownerId' | 'documentDate'>[],
  factsOf: FactsOf
): PhaseGuidance<A> {
  const plan = planNumber(c, accounts, today, factsOf)
  const open = plan.items.filter((i) => i.risk !== null)
  return {
    ...phaseOf(c, today, c.clocks),
    work: plan.work,
    critical: open.filter((i) => i.risk === 'critical').map((i) => i.account),
    lockedOut: open.filter((i) => i.account.lockedOut).map((i) => i.account),
    retention: retentionOf(numberRetentionFacts(c, accounts, proofs), today),
    plannedOn: c.status === 'planned' ? c.cancellationDate : null
  }
}
