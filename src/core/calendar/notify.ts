import { addDaysTo } from '../../shared/domain/dates-values'
import type { Reminder, ReminderNotice } from '../../shared/domain/reminders'
import { MAX_NOTIFIED_REMINDERS, type StoreData } from '../store/schema'
import { allReminders, reminderTexts } from './reminder-events'

/** A reminder older than this when the app first sees it due is history, not news. */
export const NOTIFY_WITHIN_DAYS = 30

/**
 * What identifies a reminder for notifying. Most reminders have a fixed day and their id
 * is enough. People still to tell after the cancellation are due "today" every day, so
 * their id changes daily; they are notified once per case and cancellation date instead.
 */
export function notificationKey(r: Reminder, cancellationDate: string | null): string {
  if (r.kind === 'peopleToNotify' && r.date !== cancellationDate)
    return `peopleToNotify-${r.caseId}-after-${cancellationDate ?? 'none'}`
  return r.id
}

/**
 * The reminders to notify on a day: due (on or before today, within the last
 * NOTIFY_WITHIN_DAYS) and never notified before. Nothing else: a reminder is shown once.
 */
export function remindersToNotify(
  data: StoreData,
  today: string
): Array<Reminder & { key: string }> {
  const shown = new Set(data.notifiedReminders)
  const since = addDaysTo(today, -NOTIFY_WITHIN_DAYS)
  const out: Array<Reminder & { key: string }> = []
  for (const r of allReminders(data, today)) {
    if (r.date > today || r.date < since) continue
    const c = data.cases.find((x) => x.id === r.caseId)
    const key = notificationKey(r, c?.cancellationDate ?? null)
    if (!shown.has(key) && !out.some((o) => o.key === key)) out.push({ ...r, key })
  }
  return out
}

/** The due reminders as notifications in a language. */
export function pendingNotices(data: StoreData, language: string, today: string): ReminderNotice[] {
  return remindersToNotify(data, today).map((r) => ({
    id: r.key,
    ...reminderTexts(data, r, language)
  }))
}

/** Records notified keys, newest last, keeping the list bounded. */
export function markNotified(data: StoreData, ids: readonly string[]): number {
  const known = new Set(data.notifiedReminders)
  const added = ids.filter((id, i) => !known.has(id) && ids.indexOf(id) === i)
  if (added.length === 0) return 0
  data.notifiedReminders = [...data.notifiedReminders, ...added].slice(-MAX_NOTIFIED_REMINDERS)
  return added.length
}
