import {
  dateEnUS,
  dateRuRU,
  dateZhCN,
  enUS,
  ruRU,
  zhCN,
  type NDateLocale,
  type NLocale
} from 'naive-ui'
import type { Locale } from './i18n'

interface NaiveLocale {
  locale: NLocale
  dateLocale: NDateLocale
  /** How a date field shows and reads a date, as people of this language write one. */
  dateFormat: string
}

const NAIVE: Record<Locale, NaiveLocale> = {
  en: { locale: enUS, dateLocale: dateEnUS, dateFormat: 'MM/dd/yyyy' },
  ru: { locale: ruRU, dateLocale: dateRuRU, dateFormat: 'dd.MM.yyyy' },
  'zh-CN': { locale: zhCN, dateLocale: dateZhCN, dateFormat: 'yyyy-MM-dd' }
}

/**
 * Naive UI's own texts and date names for the app's language (English if unknown). Its
 * date picker's jump-to-today button says "Now" (it serves time pickers too); every
 * date field here is a day, so it says `today` instead.
 */
export function naiveLocale(locale: string, today?: string): NaiveLocale {
  const chosen = NAIVE[locale as Locale] ?? NAIVE.en
  if (!today) return chosen
  const datePicker = { ...chosen.locale.DatePicker, now: today }
  return { ...chosen, locale: { ...chosen.locale, DatePicker: datePicker } }
}
