import type { Case } from './case'
import { phaseOf, type CountryClocks } from './phase'
import { UI_LANGUAGES, type UiLanguage } from './preferences-values'

/** The languages a message to someone may be written in; two at most, one after the other. */
export const MESSAGE_LANGUAGES = UI_LANGUAGES
export const MAX_MESSAGE_LANGUAGES = 2

/** The languages the people of a country's numbers read; elsewhere English. */
const COUNTRY_LANGUAGE: Readonly<Record<string, UiLanguage>> = { RU: 'ru', CN: 'zh-CN' }

/** Who is told in what: their own choice, else the language of the number they know. */
export function messageLanguages(chosen: readonly UiLanguage[], country: string): UiLanguage[] {
  if (chosen.length > 0) return [...new Set(chosen)].slice(0, MAX_MESSAGE_LANGUAGES)
  return [COUNTRY_LANGUAGE[country] ?? 'en']
}

/**
 * Which sentence tells people the new number, by where the old one stands on a day: it
 * still works until the planned day (or for now), it stopped on a day, or it may already
 * be someone else's. Never "no longer works" while it still does.
 */
export type MessageKind =
  'worksUntil' | 'worksForNow' | 'stoppedOn' | 'stopped' | 'reassignedSince' | 'noNewNumber'

export interface MessagePlan {
  kind: MessageKind
  /** The day the sentence names (YYYY-MM-DD): the cancellation, or the first possible reissue. */
  date: string | null
}

export function messagePlan(
  c: Pick<
    Case,
    'status' | 'cancellationDate' | 'lastUseDate' | 'reassignDays' | 'replacementNumber'
  >,
  today: string,
  clocks: CountryClocks
): MessagePlan {
  if (!c.replacementNumber) return { kind: 'noNewNumber', date: null }
  const { phase, reissueFrom } = phaseOf(c, today, clocks)
  // Submitted for a later day, the SIM still works until then.
  if (phase === 'planning' || (c.cancellationDate && c.cancellationDate > today))
    return c.cancellationDate && c.cancellationDate >= today
      ? { kind: 'worksUntil', date: c.cancellationDate }
      : { kind: 'worksForNow', date: null }
  if (phase === 'possiblyReassigned' && reissueFrom)
    return { kind: 'reassignedSince', date: reissueFrom }
  return c.cancellationDate
    ? { kind: 'stoppedOn', date: c.cancellationDate }
    : { kind: 'stopped', date: null }
}
