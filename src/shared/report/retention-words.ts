import type { Retention } from '../domain/retention'
import type { Translate } from './report-model'

/**
 * How long to keep the proofs, in words: a sentence ("Keep until 2 Nov 2027"), or the
 * short form after a label that already says "Keeping the proofs" ("until 2 Nov 2027").
 * A day that has passed is never given as one to keep until.
 */
export function retentionWords(
  retention: Retention,
  t: Translate,
  day: (date: string) => string,
  form: 'sentence' | 'short' = 'sentence'
): string {
  const key = `retention.${form}.${retention.kind}`
  switch (retention.kind) {
    case 'whileLinked':
      return t(key, { count: retention.linked })
    case 'afterCancellation':
      return t(key)
    case 'until':
    case 'ended':
      return t(key, { date: day(retention.date) })
  }
}
