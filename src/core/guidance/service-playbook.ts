import type {
  ContactKind,
  ForeignNumberAnswer,
  GuidanceSource,
  GuidanceTag
} from '../../shared/domain/guidance'

/**
 * What is known about one service, each statement with the pages that say so. Texts live
 * in locales/guidance/<language>.json under services.<id>.<part>.<key>; a statement whose
 * only source was an auto-generated article is left out, and where nothing is known the
 * kind's playbook speaks alone.
 */
export interface SourcedKey {
  key: string
  sources: GuidanceSource[]
}

export interface ContactSpec {
  /** Its label is services.<id>.contacts.<key>. */
  key: string
  kind: ContactKind
  phone?: string
  url?: string
  sources: GuidanceSource[]
}

export interface ServicePlaybook {
  /** The catalog id. */
  id: string
  /** How the number is changed while the old SIM works. */
  steps: SourcedKey[]
  /** Holds, reviews and deadlines. */
  waits: SourcedKey[]
  /** Text services.<id>.foreign when the answer is known; the generic "not known" otherwise. */
  foreign: { answer: ForeignNumberAnswer; sources: GuidanceSource[] }
  /** The way back in without the old number. */
  route: SourcedKey[]
  /** What the number's next owner could do, and how to stop it. */
  stranger: SourcedKey[]
  contacts: ContactSpec[]
}

function source(tag: GuidanceTag) {
  return (url: string, date?: string): GuidanceSource => (date ? { url, tag, date } : { url, tag })
}

/** The company's or agency's own page, or a faithful copy of it. */
export const official = source('official')
/** A news outlet, or an agency's statement reported by the press. */
export const news = source('news')
/** A blog, forum or how-to article: shown as "unofficial — check in the app". */
export const unofficial = source('unofficial')

export const NOT_KNOWN = {
  answer: 'notKnown',
  sources: []
} as const satisfies ServicePlaybook['foreign']

export function fact(key: string, ...sources: GuidanceSource[]): SourcedKey {
  return { key, sources }
}
