import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Reminder } from '../../../shared/domain/reminders'
import type { AppError, Result } from '../../../shared/result'
import { api } from '../api/client'

/**
 * The reminders main derives from the records (dates to act on, proofs to keep), as it
 * last answered them; a refused call keeps the last answer.
 */
export const useRemindersStore = defineStore('reminders', () => {
  const reminders = ref<Reminder[]>([])
  const loaded = ref(false)

  async function load(): Promise<AppError | null> {
    const result = await api.listReminders({})
    if (!result.ok) return result.error
    reminders.value = result.data
    loaded.value = true
    return null
  }

  /** Every reminder as an .ics file, written by main in the given language. */
  const calendar = (
    language: string
  ): Promise<Result<{ fileName: string; text: string; events: number }>> =>
    api.getCalendar({ language })

  return { reminders, loaded, load, calendar }
})
