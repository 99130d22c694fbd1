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

/** Naive UI's own texts and date names for the app's language (English if unknown). */
export function naiveLocale(locale: string): NaiveLocale {
  return NAIVE[locale as Locale] ?? NAIVE.en
}
