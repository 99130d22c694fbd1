import en from '../../../locales/guidance/en.json'
import ru from '../../../locales/guidance/ru.json'
import zhCN from '../../../locales/guidance/zh-CN.json'
import { uiLanguageOf } from '../../shared/domain/preferences-values'

/**
 * The guidance texts, read by main only: the window never bundles them, it asks for one
 * account's advice in one language and gets plain sentences back.
 */
export const GUIDANCE_MESSAGES: Record<string, unknown> = { en, ru, 'zh-CN': zhCN }

export const GUIDANCE_LANGUAGES = ['en', 'ru', 'zh-CN'] as const

/** A language we have texts in: Russian or Chinese by their prefix, else English. */
export function guidanceLanguage(language: string): (typeof GUIDANCE_LANGUAGES)[number] {
  return uiLanguageOf(language)
}

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** A guidance text in a language, with {name} filled in; English where it is missing. */
export function guidanceText(
  language: string,
  key: string,
  params: Record<string, string | number> = {}
): string {
  const text = lookup(GUIDANCE_MESSAGES[language], key) ?? lookup(GUIDANCE_MESSAGES.en, key)
  if (text === undefined) throw new Error(`No guidance text ${key}`)
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name])
  )
}
