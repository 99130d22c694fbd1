import type { Account } from './account'
import { isDone } from './account-values'
import type { Case } from './case'
import { addDaysTo } from './dates-values'
import type { Person } from './person'
import { phaseOf, reissueClocks, type CountryClocks } from './phase'
import { planNumber, type FactsOf, type PlanAccount, type StateAction } from './plan'
import type { Proof } from './proof'
import { keepUntilDate, numberRetentionFacts } from './retention'

export const REMINDER_KINDS = [
  /** The planned cancellation's day, while the number is not yet marked cancelled. */
  'cancellationDay',
  /**
   * The plan's start-by day of some accounts and state checks (the late ones on today),
   * while a cancellation is planned.
   */
  'startBy',
  /** A week before the user leaves the country: what needs a visit in person comes first. */
  'departure',
  /**
   * A number kept alive abroad: two weeks before the last day a paid call, SMS or data
   * keeps its contract, counted from the last use the user recorded.
   */
  'keepAlive',
  /** Two weeks before the number may be reissued. */
  'reissueSoon',
  /** The first day the number may belong to someone else. */
  'reissueDay',
  /**
   * Two weeks before a contract unused for its country's inactivity period may end (90 days
   * in Russia): time left to use the number in a way that counts.
   */
  'contractEnds',
  /** The day the proofs need no longer be kept (see retention.ts), once it is known. */
  'retentionEnds',
  'peopleToNotify',
  'lockedOutAccounts'
] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

export interface Reminder {
  /** Stable for the same facts, so a reminder is shown (and notified) once. */
  id: string
  kind: ReminderKind
  caseId: string
  /** The day it is due (YYYY-MM-DD). */
  date: string
  /** People or accounts it is about, where it counts them. */
  count?: number
  /** The date the reminder speaks of, when that is not its own day. */
  about?: string
  /** The accounts it is about (ids of the accounts to start on), in plan order. */
  accounts?: string[]
  /** The state checks it is about (ids of the country's statements). */
  actions?: string[]
  /**
   * Its wording on the day it was made, where the phase changes what is true: `overdue`
   * (a planned day has passed), `reassigned` (the number may already be someone else's).
   */
  variant?: 'overdue' | 'reassigned'
}

/** A system notification for a due reminder, in one language. */
export interface ReminderNotice {
  /** What is recorded once it is shown, so it is shown once. */
  id: string
  title: string
  body: string
}

/** Days before a reissue that the first reminder comes. */
export const REISSUE_WARNING_DAYS = 14

/** Days before the contract of an unused number may end that the reminder comes. */
export const INACTIVITY_WARNING_DAYS = 14

/** Days before a departure that its reminder comes. */
export const DEPARTURE_WARNING_DAYS = 7

/** What a plan needs beyond the records: the services' facts and the country's checks. */
export interface PlanningInput {
  factsOf: FactsOf
  /** The state checks of the case's country that belong in the plan. */
  stateActions: readonly StateAction[]
}
const NO_PLANNING: PlanningInput = { factsOf: () => undefined, stateActions: [] }

function reminder(
  kind: ReminderKind,
  caseId: string,
  date: string,
  more: Pick<Reminder, 'count' | 'about' | 'accounts' | 'actions' | 'variant'> = {}
): Reminder {
  return { id: `${kind}-${caseId}-${date}`, kind, caseId, date, ...more }
}

type RemindedAccount = PlanAccount &
  Pick<Account, 'updatedAt'> &
  Partial<Pick<Account, 'unlinkedAt'>>

/**
 * The dated reminders of one case, earliest first: while a cancellation is planned its
 * day and the plan's start-by days; the departure; reissue approaching and reached (each
 * clock); the contract's end after 90 days unused, or the last safe day of a number kept
 * abroad; the end of proof retention, people not yet told the new number, and accounts
 * left locked out. Nothing says "before the number goes to someone else" once it may have.
 */
export function remindersFor(
  c: Case,
  accounts: readonly RemindedAccount[],
  people: readonly Pick<Person, 'caseId' | 'status'>[],
  proofs: readonly Pick<Proof, 'ownerType' | 'ownerId' | 'documentDate'>[],
  today: string,
  clocks: CountryClocks,
  planning: PlanningInput = NO_PLANNING
): Reminder[] {
  const out: Reminder[] = []
  const { phase } = phaseOf(c, today, clocks)
  if (c.status === 'planned' && c.cancellationDate) {
    out.push(
      reminder('cancellationDay', c.id, c.cancellationDate, {
        ...(c.cancellationDate < today ? { variant: 'overdue' as const } : {})
      })
    )
  }
  out.push(...startByReminders(c, accounts, today, clocks, planning))
  if (c.departureDate && c.departureDate >= today) {
    const warnOn = addDaysTo(c.departureDate, -DEPARTURE_WARNING_DAYS)
    out.push({
      ...reminder('departure', c.id, warnOn < today ? today : warnOn, { about: c.departureDate }),
      id: `departure-${c.id}-${c.departureDate}`
    })
  }
  for (const clock of reissueClocks(c, clocks)) {
    // Once the day has come, "it may go to someone else from then" is no longer news.
    if (clock.reissueFrom > today) {
      const warnOn = addDaysTo(clock.reissueFrom, -REISSUE_WARNING_DAYS)
      out.push(reminder('reissueSoon', c.id, warnOn, { about: clock.reissueFrom }))
    }
    out.push(reminder('reissueDay', c.id, clock.reissueFrom))
    if (clock.contractEndsOn && c.keptAbroad) {
      out.push(...keepAliveReminder(c, clock.from, clock.contractEndsOn, today))
    } else if (clock.contractEndsOn)
      out.push(
        reminder('contractEnds', c.id, addDaysTo(clock.contractEndsOn, -INACTIVITY_WARNING_DAYS), {
          about: clock.contractEndsOn
        })
      )
  }
  // The same day the proofs panel and the report give; none while accounts still use the
  // number, since the year has not started for them yet.
  const retention = keepUntilDate(numberRetentionFacts(c, accounts, proofs))
  if (retention) out.push(reminder('retentionEnds', c.id, retention))

  const toNotify = people.filter((p) => p.caseId === c.id && p.status === 'toNotify').length
  if (toNotify > 0) {
    // Before a planned cancellation, on its day; otherwise now.
    const on = c.cancellationDate && c.cancellationDate > today ? c.cancellationDate : today
    out.push({
      ...reminder('peopleToNotify', c.id, on, {
        count: toNotify,
        ...(phase === 'possiblyReassigned' ? { variant: 'reassigned' as const } : {})
      }),
      id: `peopleToNotify-${c.id}`
    })
  }
  const lockedOut = accounts.filter(
    (a) => a.caseId === c.id && a.lockedOut && !isDone(a.status)
  ).length
  if (lockedOut > 0) {
    // Due while any account stays locked out; one id per case, so it is notified once
    // and a calendar import moves the same event rather than adding one a day.
    out.push({
      ...reminder('lockedOutAccounts', c.id, today, { count: lockedOut }),
      id: `lockedOutAccounts-${c.id}`
    })
  }
  // Two clocks can fall on one day: one reminder of a kind per day is enough.
  const unique = [...new Map(out.map((r) => [r.id, r])).values()]
  return unique.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/**
 * One reminder per start-by day of the plan, naming what starts then; what is already
 * late is one reminder on today, with one id per case, so it is notified once and a
 * calendar import moves the same event.
 */
function startByReminders(
  c: Case,
  accounts: readonly RemindedAccount[],
  today: string,
  clocks: CountryClocks,
  planning: PlanningInput
): Reminder[] {
  const plan = planNumber(
    { ...c, clocks },
    accounts,
    today,
    planning.factsOf,
    planning.stateActions
  )
  const byDay = new Map<string, { accounts: string[]; actions: string[]; late: boolean }>()
  const entry = (day: string, late: boolean) => {
    const found = byDay.get(day) ?? { accounts: [], actions: [], late: false }
    found.late ||= late
    byDay.set(day, found)
    return found
  }
  for (const item of plan.items)
    if (item.startBy) entry(item.startBy, item.late).accounts.push(item.account.id)
  for (const action of plan.stateActions)
    if (action.startBy) entry(action.startBy, action.late).actions.push(action.id)
  return [...byDay].map(([day, { accounts, actions, late }]) => ({
    ...reminder('startBy', c.id, day, {
      count: accounts.length + actions.length,
      accounts,
      actions
    }),
    ...(late ? { id: `startBy-${c.id}-late`, variant: 'overdue' as const } : {})
  }))
}

/**
 * The last safe day of a number kept abroad is the day before its contract may end; the
 * reminder comes two weeks earlier (today, when that has passed and the day has not), and
 * moves with each new last-use date.
 */
function keepAliveReminder(
  c: Case,
  lastUse: string,
  contractEndsOn: string,
  today: string
): Reminder[] {
  const lastSafe = addDaysTo(contractEndsOn, -1)
  if (lastSafe < today) return []
  const warnOn = addDaysTo(lastSafe, -INACTIVITY_WARNING_DAYS)
  return [
    {
      ...reminder('keepAlive', c.id, warnOn < today ? today : warnOn, { about: lastSafe }),
      id: `keepAlive-${c.id}-${lastUse}`
    }
  ]
}

/** Reminders due by a day or within the next days, for the dashboard. */
export function dueReminders(reminders: readonly Reminder[], today: string, days = 30): Reminder[] {
  const until = addDaysTo(today, days)
  return reminders.filter((r) => r.date <= until && r.date >= addDaysTo(today, -days))
}

/**
 * The message keys of a reminder's title and detail: its kind's, or its variant's where
 * the phase changed what is true (the same on the screen, in notifications and the .ics).
 */
export function reminderKeys(r: Pick<Reminder, 'kind' | 'variant'>): {
  title: string
  detail: string
} {
  const base = r.variant ? `reminders.${r.kind}.${r.variant}` : `reminders.${r.kind}`
  return { title: `${base}.title`, detail: `${base}.detail` }
}
