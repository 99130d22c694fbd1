import type { PlanFacts } from '../catalog/catalog-values'
import type { Account } from './account'
import type { Category } from './account-values'
import type { Case } from './case'
import { addDaysTo } from './dates-values'
import { phaseOf, type CountryClocks, type Phase } from './phase'
import { assessRisk, RISK_LEVELS, type RiskLevel, type RiskReason } from './risk'

/**
 * What is at stake when a stranger gets the number, in the order the work is done: first
 * what unlocks other accounts (e-mail, sign-in providers, the user's own recovery
 * addresses), then money, state services, messengers, the rest.
 */
export const PLAN_GROUPS = ['unlocksOthers', 'money', 'state', 'messengers', 'rest'] as const
export type PlanGroup = (typeof PLAN_GROUPS)[number]

/** Days of margin before the new number must be trusted, so a slip is not a lock-out. */
export const START_MARGIN_DAYS = 3

/** The knowledge base's facts of a catalog entry (undefined: none, or added by hand). */
export type FactsOf = (catalogId: string | null) => PlanFacts | undefined

export type PlanAccount = Pick<
  Account,
  'id' | 'name' | 'caseId' | 'category' | 'usages' | 'status' | 'lockedOut' | 'catalogId'
> &
  Partial<Pick<Account, 'phoneCodes' | 'evidence' | 'recoversOthers'>>

export type PlanCase = Pick<
  Case,
  'id' | 'status' | 'cancellationDate' | 'lastUseDate' | 'reassignDays' | 'stateActionsDone'
> & { clocks: CountryClocks }

/** Whether the work on a number has not started (nothing listed), goes on, or is done. */
export type WorkState = 'empty' | 'working' | 'finished'

export interface PlanItem<A> {
  account: A
  /** Null once the account is done. */
  risk: RiskLevel | null
  reasons: RiskReason[]
  group: PlanGroup
  /** Changing the number needs a code to the old one; null: not known. */
  needsOldSim: boolean | null
  /** Days a change without the old SIM is held, where the knowledge base says. */
  holdDays: number | null
  /** Days before the new number is trusted, where the knowledge base says. */
  trustDays: number | null
  /** While a cancellation is planned: the day to start (today when that has passed). */
  startBy: string | null
  /** The start-by day had passed: it is shown on today, marked late. */
  late: boolean
  /**
   * The cancellation day, when the work must be done before it: it needs the old SIM, or
   * it is critical and nobody knows whether it does. Left until after, the hold applies.
   */
  dueBy: string | null
}

/** A state check the country's knowledge puts in the plan before a cancellation. */
export interface StateAction {
  id: string
  /** Its answer comes by SMS to the number: offered only while the SIM works. */
  needsOldSim: boolean
}

export interface PlannedAction extends StateAction {
  startBy: string | null
  late: boolean
  done: boolean
}

export interface NumberPlan<A> {
  caseId: string
  phase: Phase
  work: WorkState
  /** The cancellation day, planned or done. */
  cancellationDate: string | null
  /** Open accounts in the order to do them, then the done ones. */
  items: Array<PlanItem<A>>
  /**
   * While the cancellation is planned: the open accounts a cancellation now would lock the
   * user out of (a takeover path, and changing the number needs the old SIM or nobody
   * knows whether it does for a critical one).
   */
  lockedOutIfCancelled: A[]
  stateActions: PlannedAction[]
}

const GROUP_OF_CATEGORY: Partial<Record<Category, PlanGroup>> = {
  email: 'unlocksOthers',
  bank: 'money',
  payments: 'money',
  government: 'state',
  messenger: 'messengers'
}

/**
 * The account's group: the earliest its category, its service's facts or the user's
 * mark put it in (WeChat signs others in and holds money: it unlocks others first).
 */
export function planGroup(
  account: Pick<PlanAccount, 'category'> & Partial<Pick<PlanAccount, 'recoversOthers'>>,
  facts: PlanFacts | undefined
): PlanGroup {
  const candidates: PlanGroup[] = [GROUP_OF_CATEGORY[account.category] ?? 'rest']
  if (facts?.signInForOthers || account.recoversOthers) candidates.push('unlocksOthers')
  if (facts?.holdsMoney) candidates.push('money')
  return PLAN_GROUPS.find((g) => candidates.includes(g)) ?? 'rest'
}

/** The day to start: the cancellation less the new number's trust delay and the margin. */
export function startByDay(cancellation: string, trustDays: number | null): string {
  return addDaysTo(cancellation, -((trustDays ?? 0) + START_MARGIN_DAYS))
}

/** A start-by day already past is today, marked late. */
function onOrToday(day: string, today: string): { startBy: string; late: boolean } {
  return day < today ? { startBy: today, late: true } : { startBy: day, late: false }
}

function compareOpen<A extends PlanAccount>(x: PlanItem<A>, y: PlanItem<A>): number {
  const flag = (b: boolean): number => (b ? 0 : 1)
  return (
    PLAN_GROUPS.indexOf(x.group) - PLAN_GROUPS.indexOf(y.group) ||
    flag(x.account.lockedOut) - flag(y.account.lockedOut) ||
    flag(x.dueBy !== null || x.needsOldSim === true) -
      flag(y.dueBy !== null || y.needsOldSim === true) ||
    flag((x.holdDays ?? 0) > 0) - flag((y.holdDays ?? 0) > 0) ||
    RISK_LEVELS.indexOf(x.risk ?? 'low') - RISK_LEVELS.indexOf(y.risk ?? 'low') ||
    x.account.name.localeCompare(y.account.name)
  )
}

/**
 * One number's plan on a day: every account on it in the order to do them, with its
 * risk and reasons, its start-by day while a cancellation is planned, what a cancellation
 * now would lock the user out of, and the state checks that belong before it.
 */
export function planNumber<A extends PlanAccount>(
  c: PlanCase,
  accounts: readonly A[],
  today: string,
  factsOf: FactsOf,
  stateActions: readonly StateAction[] = []
): NumberPlan<A> {
  const { phase } = phaseOf(c, today, c.clocks)
  const planning = phase === 'planning'
  const cancellation = c.cancellationDate
  const items = accounts
    .filter((a) => a.caseId === c.id)
    .map((account): PlanItem<A> => {
      const facts = factsOf(account.catalogId)
      const assessed = assessRisk(account, facts)
      const needsOldSim = facts?.needsOldSim ?? null
      const trustDays = facts?.newNumberTrustDays ?? null
      const open = assessed !== null
      const mustPrecede =
        open && (needsOldSim === true || (needsOldSim === null && assessed.level === 'critical'))
      const dated = open && planning && cancellation !== null
      return {
        account,
        risk: assessed?.level ?? null,
        reasons: assessed?.reasons ?? [],
        group: planGroup(account, facts),
        needsOldSim,
        holdDays: facts?.holdDaysWithoutOldSim ?? null,
        trustDays,
        ...(dated
          ? onOrToday(startByDay(cancellation, trustDays), today)
          : { startBy: null, late: false }),
        dueBy: mustPrecede && planning ? cancellation : null
      }
    })
  const open = items.filter((i) => i.risk !== null).sort(compareOpen)
  const done = items
    .filter((i) => i.risk === null)
    .sort(
      (x, y) =>
        PLAN_GROUPS.indexOf(x.group) - PLAN_GROUPS.indexOf(y.group) ||
        x.account.name.localeCompare(y.account.name)
    )
  const lockedOutIfCancelled = planning
    ? open
        .filter(
          (i) =>
            (i.risk === 'critical' || i.risk === 'high') &&
            (i.needsOldSim === true || (i.needsOldSim === null && i.risk === 'critical'))
        )
        .map((i) => i.account)
    : []
  const doneActions = new Set(c.stateActionsDone)
  return {
    caseId: c.id,
    phase,
    work: items.length === 0 ? 'empty' : open.length === 0 ? 'finished' : 'working',
    cancellationDate: cancellation,
    items: [...open, ...done],
    lockedOutIfCancelled,
    // Once the SIM is gone a check that answers by SMS to it can no longer be done.
    stateActions: stateActions
      .filter((s) => planning || !s.needsOldSim)
      .map((s) => {
        const isDone = doneActions.has(s.id)
        const dated = planning && cancellation !== null && !isDone
        return {
          ...s,
          done: isDone,
          ...(dated
            ? onOrToday(addDaysTo(cancellation, -START_MARGIN_DAYS), today)
            : { startBy: null, late: false })
        }
      })
  }
}

/** Whether an account of the plan is still to do. */
export function isOpen<A>(item: PlanItem<A>): boolean {
  return item.risk !== null
}

/** The open critical accounts, in the plan's order: what marking it cancelled would leave. */
export function criticalLeft<A>(plan: NumberPlan<A>): A[] {
  return plan.items.filter((i) => i.risk === 'critical').map((i) => i.account)
}
