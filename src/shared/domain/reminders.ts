import type { Account } from './account'
import { isDone } from './account-values'
import type { Case } from './case'
import { addDaysTo } from './dates-values'
import type { Person } from './person'
import { reissueClocks, type CountryClocks } from './phase'
import type { Proof } from './proof'
import { keepUntilDate, numberRetentionFacts } from './retention'

export const REMINDER_KINDS = [
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

function reminder(
  kind: ReminderKind,
  caseId: string,
  date: string,
  more: Pick<Reminder, 'count' | 'about'> = {}
): Reminder {
  return { id: `${kind}-${caseId}-${date}`, kind, caseId, date, ...more }
}

/**
 * The dated reminders of one case, earliest first: reissue approaching and reached (each
 * clock), the contract's end after 90 days unused, the end of proof retention, people not
 * yet told the new number, and accounts left locked out.
 */
export function remindersFor(
  c: Case,
  accounts: readonly Pick<
    Account,
    'id' | 'caseId' | 'status' | 'lockedOut' | 'updatedAt' | 'unlinkedAt'
  >[],
  people: readonly Pick<Person, 'caseId' | 'status'>[],
  proofs: readonly Pick<Proof, 'ownerType' | 'ownerId' | 'documentDate'>[],
  today: string,
  clocks: CountryClocks
): Reminder[] {
  const out: Reminder[] = []
  for (const clock of reissueClocks(c, clocks)) {
    const warnOn = addDaysTo(clock.reissueFrom, -REISSUE_WARNING_DAYS)
    out.push(reminder('reissueSoon', c.id, warnOn, { about: clock.reissueFrom }))
    out.push(reminder('reissueDay', c.id, clock.reissueFrom))
    if (clock.contractEndsOn)
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
      ...reminder('peopleToNotify', c.id, on, { count: toNotify }),
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

/** Reminders due by a day or within the next days, for the dashboard. */
export function dueReminders(reminders: readonly Reminder[], today: string, days = 30): Reminder[] {
  const until = addDaysTo(today, days)
  return reminders.filter((r) => r.date <= until && r.date >= addDaysTo(today, -days))
}
