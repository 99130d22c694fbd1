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
 * last on 12 Nov 2025", or to the number named ("to +7 937 123 45 67") when the user has
 * several; messages that were all advertisements are said to be so.
 */
export function useSmsSummary(): (e: SmsEvidence, number?: string | null) => string {
  const { t } = useI18n()
  const day = useSmsDay()
  return (e, number) => {
    const date = day(e.last)
    const to = number ? 'To' : ''
    if (e.codes > 0) return t(`discover.sms.codes${to}`, { count: e.codes, date, number }, e.codes)
    if (e.adverts === e.messages)
      return `${t(`discover.sms.adverts${to}`, { count: e.messages, date, number }, e.messages)} · ${t('discover.sms.advertsOnly')}`
    return t(`discover.sms.messages${to}`, { count: e.messages, date, number }, e.messages)
  }
}
