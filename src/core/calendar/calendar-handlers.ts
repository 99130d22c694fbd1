import { toDateOnly } from '../../shared/domain/dates-values'
import type { Handlers } from '../call/handler-types'
import type { StoreData } from '../store/schema'
import { markNotified, pendingNotices } from './notify'
import { allReminders, calendarFile } from './reminder-events'

type CalendarMethods =
  'listReminders' | 'getCalendar' | 'pendingNotifications' | 'markRemindersNotified'

/** Reminders are derived from the records each time; only which were notified is stored. */
export function buildCalendarHandlers(deps: {
  data: () => StoreData
  now: () => Date
  mutate: <T>(change: () => T) => Promise<T>
}): Pick<Handlers, CalendarMethods> {
  return {
    listReminders: async () => allReminders(deps.data(), toDateOnly(deps.now())),
    getCalendar: async ({ language }) => {
      const now = deps.now()
      return calendarFile(deps.data(), language, toDateOnly(now), now)
    },
    pendingNotifications: async ({ language }) =>
      pendingNotices(deps.data(), language, toDateOnly(deps.now())),
    markRemindersNotified: async ({ ids }) => {
      // Nothing new to record is no write at all.
      const fresh = ids.filter((id) => !deps.data().notifiedReminders.includes(id))
      if (fresh.length === 0) return { marked: 0 }
      return { marked: await deps.mutate(() => markNotified(deps.data(), fresh)) }
    }
  }
}
