import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { UI_LANGUAGES, type UiLanguage } from '../shared/domain/preferences-values'

/**
 * A language as a user types it (`zh`, `zh_CN`, `ru-RU`, `EN`) or as a POSIX locale
 * names it (`ru_RU.UTF-8`, `zh_CN.GB18030@pinyin`); null for one the app does not speak.
 */
export function languageOf(tag: string): UiLanguage | null {
  const base = tag.split(/[.@]/)[0]!.toLowerCase().replace('_', '-')
  if (base === 'zh' || base.startsWith('zh-')) return 'zh-CN'
  if (base === 'ru' || base.startsWith('ru-')) return 'ru'
  if (base === 'en' || base.startsWith('en-')) return 'en'
  return null
}

/** The language the environment asks for: LC_ALL, then LC_MESSAGES, then LANG, as POSIX reads them. */
function environmentLanguage(env: NodeJS.ProcessEnv): UiLanguage | null {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG
  return locale ? languageOf(locale) : null
}

/**
 * The language the app was last set to in this data folder, when its store is a plain
 * file that reads; an encrypted or damaged one says nothing (it is not unlocked for this).
 */
function savedLanguage(dataDir: string | undefined): UiLanguage | null {
  if (!dataDir) return null
  try {
    const store = JSON.parse(readFileSync(join(dataDir, 'unlinker.json'), 'utf8')) as {
      preferences?: { language?: unknown }
    }
    const saved = store.preferences?.language
    return typeof saved === 'string' && (UI_LANGUAGES as readonly string[]).includes(saved)
      ? (saved as UiLanguage)
      : null
  } catch {
    return null
  }
}

/**
 * What the command line speaks: `--lang`, then the data folder's saved language, then
 * the environment's locale, then English. A `--lang` the app does not speak is the
 * caller's to refuse; here it falls through to the rest.
 */
export function cliLanguage(options: {
  lang?: string
  dataDir?: string
  env: NodeJS.ProcessEnv
}): UiLanguage {
  return (
    (options.lang ? languageOf(options.lang) : null) ??
    savedLanguage(options.dataDir) ??
    environmentLanguage(options.env) ??
    'en'
  )
}
