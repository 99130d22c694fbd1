import { uiLanguageOf } from '../../shared/domain/preferences-values'
import type { KnowledgeLanguage } from '../../shared/knowledge/source-kinds'
import type { Texts } from '../knowledge/knowledge-schema'

export const GUIDANCE_LANGUAGES = [
  'en',
  'ru',
  'zh-CN'
] as const satisfies readonly KnowledgeLanguage[]

/** A language we have texts in: Russian or Chinese by their prefix, else English. */
export function guidanceLanguage(language: string): KnowledgeLanguage {
  return uiLanguageOf(language)
}

/** One of a knowledge text's three languages, with {name} filled in. */
export function textIn(
  texts: Texts,
  language: KnowledgeLanguage,
  params: Record<string, string | number> = {}
): string {
  return texts[language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name])
  )
}
