import { useI18n } from 'vue-i18n'
import type { SmsEvidence } from '../../../../shared/domain/discovery'

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

/**
 * What a sender's messages show, in the app's language: "sent 23 codes to the old number,
 * last on 12 Nov 2025"; messages that were all advertisements are said to be so.
 */
export function useSmsSummary(): (e: SmsEvidence) => string {
  const { t } = useI18n()
  const day = useSmsDay()
  return (e) => {
    const date = day(e.last)
    if (e.codes > 0) return t('discover.sms.codes', { count: e.codes, date }, e.codes)
    if (e.adverts === e.messages)
      return `${t('discover.sms.adverts', { count: e.messages, date }, e.messages)} · ${t('discover.sms.advertsOnly')}`
    return t('discover.sms.messages', { count: e.messages, date }, e.messages)
  }
}
