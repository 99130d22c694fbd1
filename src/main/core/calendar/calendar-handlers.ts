import { toDateOnly } from '../../../shared/domain/dates-values'
import type { Handlers } from '../handlers'
import type { StoreData } from '../store/schema'
import { allReminders, calendarFile } from './reminder-events'

type CalendarMethods = 'listReminders' | 'getCalendar'

/** Reminders are derived from the records each time: nothing is stored for them. */
export function buildCalendarHandlers(deps: {
  data: () => StoreData
  now: () => Date
}): Pick<Handlers, CalendarMethods> {
  return {
    listReminders: async () => allReminders(deps.data(), toDateOnly(deps.now())),
    getCalendar: async ({ language }) => {
      const now = deps.now()
      return calendarFile(deps.data(), language, toDateOnly(now), now)
    }
  }
}
