import { useI18n } from 'vue-i18n'

/**
 * A message day (YYYY-MM-DD, as the reader keeps it) in the app's language: "12 Nov
 * 2025", "12 нояб. 2025 г.", "2025年11月12日". Read as UTC, as it was written.
 */
export function useSmsDay(): (isoDay: string | null) => string {
  const { t, locale } = useI18n()
  return (isoDay) => {
    if (!isoDay) return t('discover.sms.noDate')
    const tag = locale.value === 'en' ? 'en-GB' : locale.value
    return new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC'
    }).format(new Date(`${isoDay}T00:00:00Z`))
  }
}
