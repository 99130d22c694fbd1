/**
 * How much a published source can claim, without schemas: the window labels each source
 * by its kind, and main's knowledge files use the same words.
 *
 * - official: the service's own page, or a state body's.
 * - news: a news outlet, or an agency's statement reported by the press.
 * - dataset: a public community data set (2fa.directory, JustDeleteMe, Apple's
 *   password-manager resources): useful, never the service's word.
 * - unofficial: a blog, a forum, a how-to: shown as "unofficial — check in the app".
 */
export const SOURCE_KINDS = ['official', 'news', 'dataset', 'unofficial'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** The languages every knowledge text is written in, side by side. */
export const KNOWLEDGE_LANGUAGES = ['en', 'ru', 'zh-CN'] as const
export type KnowledgeLanguage = (typeof KNOWLEDGE_LANGUAGES)[number]

/** A fact's label: the strongest kind among its sources (official, news, dataset, unofficial). */
export function strongestKind(kinds: readonly SourceKind[]): SourceKind | undefined {
  return SOURCE_KINDS.find((k) => kinds.includes(k))
}
