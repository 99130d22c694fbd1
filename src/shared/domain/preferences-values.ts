/**
 * The app's own choices that are not records: its language, its colours and how the
 * accounts table is sorted. Kept in the data folder, so they follow the data whatever
 * the window's address (web mode listens on a new port at every start).
 */
export const UI_LANGUAGES = ['en', 'ru', 'zh-CN'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

/** A system or browser locale ("ru-RU", "zh-TW") as the language the app speaks; else English. */
export function uiLanguageOf(locale: string): UiLanguage {
  const lang = locale.toLowerCase()
  if (lang.startsWith('ru')) return 'ru'
  if (lang.startsWith('zh')) return 'zh-CN'
  return 'en'
}

/** `system` follows the operating system's light or dark setting. */
export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export const ACCOUNT_SORT_KEYS = ['name', 'category', 'risk', 'status', 'updated'] as const
export type AccountSortKey = (typeof ACCOUNT_SORT_KEYS)[number]
export const SORT_DIRECTIONS = ['asc', 'desc'] as const
export type SortDirection = (typeof SORT_DIRECTIONS)[number]

export interface AccountSort {
  key: AccountSortKey
  direction: SortDirection
}

export interface Preferences {
  /** Null until the user chooses: the system's language is used meanwhile. */
  language: UiLanguage | null
  theme: Theme
  /** Null: the order the accounts were added in. */
  accountsSort: AccountSort | null
}

export const DEFAULT_PREFERENCES: Preferences = {
  language: null,
  theme: 'system',
  accountsSort: null
}

/**
 * The preferences the lock screen and the recovery screen need before the store can be
 * read. They say nothing about the user's accounts or numbers, so they are also kept in
 * a plain file beside the (possibly encrypted) store.
 */
export const PLAIN_PREFERENCE_KEYS = ['language', 'theme'] as const
