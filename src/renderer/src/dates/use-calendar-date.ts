import { useI18n } from 'vue-i18n'

/**
 * A calendar date from the data (YYYY-MM-DD) as the app's language writes it: 20 нояб.
 * 2027 г., 2027年11月20日, Nov 20, 2027. A partial date (a month, a year) is shown as it is.
 */
export function useCalendarDate(): (value: string) => string {
  const { d } = useI18n()
  return (value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? d(new Date(`${value}T00:00:00`), 'short') : value
}
