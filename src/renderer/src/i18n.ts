import { createI18n } from 'vue-i18n'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'

export const LOCALES = ['en', 'ru', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]
const STORAGE_KEY = 'unlinker.locale'

/** The saved choice, else the system's language, else English. */
export function initialLocale(saved: string | null, system: string): Locale {
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale
  const lang = system.toLowerCase()
  if (lang.startsWith('zh')) return 'zh-CN'
  if (lang.startsWith('ru')) return 'ru'
  return 'en'
}

type Messages = typeof en

const dateFormats = {
  short: { year: 'numeric', month: 'short', day: 'numeric' },
  long: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
} as const

/**
 * Russian has three plural forms: one (1, 21, 101…), few (2–4, 22–24…), many (0, 5–20,
 * 25–30…). Messages list them in that order; Intl.PluralRules picks the form.
 */
const russianPlural = new Intl.PluralRules('ru')
export function russianChoice(count: number, forms: number): number {
  if (forms < 3) return count === 1 ? 0 : 1
  const form = russianPlural.select(Math.abs(count))
  return form === 'one' ? 0 : form === 'few' ? 1 : 2
}

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: initialLocale(localStorage.getItem(STORAGE_KEY), navigator.language),
  fallbackLocale: 'en',
  // Languages still being translated fall back to English key by key.
  missingWarn: false,
  fallbackWarn: false,
  messages: { en, ru: ru as Messages, 'zh-CN': zhCN as Messages },
  datetimeFormats: { en: dateFormats, ru: dateFormats, 'zh-CN': dateFormats },
  pluralRules: { ru: russianChoice }
})

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  localStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}
