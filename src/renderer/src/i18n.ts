import { createI18n } from 'vue-i18n'
import type en from '../../../locales/en.json'
import { uiLanguageOf } from '../../shared/domain/preferences-values'

export const LOCALES = ['en', 'ru', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]
/** Each language by its own name, the same in every language of the app. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  'zh-CN': '简体中文'
}
const STORAGE_KEY = 'unlinker.locale'

/** The saved choice, else the system's language, else English. */
export function initialLocale(saved: string | null, system: string): Locale {
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale
  return uiLanguageOf(system)
}

type Messages = typeof en

/**
 * Each language's messages are a chunk of their own, fetched when the language is chosen:
 * a Russian user never downloads the English or Chinese text. Every key exists in every
 * language (a unit test checks), so no language needs another as a fallback.
 */
const LOADERS: Record<Locale, () => Promise<{ default: unknown }>> = {
  en: () => import('../../../locales/en.json'),
  ru: () => import('../../../locales/ru.json'),
  'zh-CN': () => import('../../../locales/zh-CN.json')
}

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
  // English only if it was loaded anyway; every language has every key.
  fallbackLocale: 'en',
  missingWarn: false,
  fallbackWarn: false,
  messages: {} as Record<Locale, Messages>,
  datetimeFormats: { en: dateFormats, ru: dateFormats, 'zh-CN': dateFormats },
  pluralRules: { ru: russianChoice }
})

const loading = new Map<Locale, Promise<void>>()

/** Fetches a language's messages once; later calls answer the same promise. */
export function loadMessages(locale: Locale): Promise<void> {
  let pending = loading.get(locale)
  if (!pending) {
    pending = LOADERS[locale]().then((module) => {
      i18n.global.setLocaleMessage(locale, module.default as Messages)
    })
    pending.catch(() => loading.delete(locale))
    loading.set(locale, pending)
  }
  return pending
}

/** Switches the app's language once its messages are here, and remembers the choice. */
let requested: Locale | null = null
export async function setLocale(locale: Locale): Promise<void> {
  requested = locale
  localStorage.setItem(STORAGE_KEY, locale)
  await loadMessages(locale)
  // A quicker second choice has won already.
  if (requested !== locale) return
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}

/**
 * The window's messages as a plain (key, params) function, for the text shared with main
 * (the report, retention): a `count` parameter picks the plural form, as main's does.
 */
export function plainTranslate(composer: {
  t: (key: string, params: Record<string, unknown>, plural?: number) => string
}): (key: string, params?: Record<string, string | number>) => string {
  return (key, params = {}) =>
    typeof params.count === 'number'
      ? composer.t(key, params, params.count)
      : composer.t(key, params)
}
