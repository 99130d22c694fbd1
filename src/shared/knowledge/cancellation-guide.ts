/**
 * What getCancellationGuide answers: the knowledge base's facts about cancelling a number
 * of one country with one carrier, resolved in main into one language. Types only: the
 * window never reads the knowledge files, nor carries their other languages.
 */
import type { ChecklistItem } from '../domain/case-values'
import type { CountryClocks } from '../domain/phase'
import type { SourceKind } from './source-kinds'

/** A page a fact rests on; `host` is its host as people read it (Unicode, no www.). */
export interface GuideSource {
  url: string
  kind: SourceKind
  date: string | null
  host: string
}

/** One published statement, in the asked language. */
export interface GuideFact {
  id: string
  text: string
  /** The strongest kind among its sources. */
  tag: SourceKind
  /** Its source is years old: shown, so the reader weighs it. */
  old: boolean
  /** Doing what it says needs the old SIM (an answer by SMS to it): offered while it works. */
  needsOldSim: 'yes' | 'no' | 'unknown'
  /** A state check the plan puts before the cancellation: its short title there. */
  planTitle: string | null
  sources: GuideSource[]
}

export const ALTERNATIVES = ['suspend', 'port', 'roaming', 'handOver'] as const
export type Alternative = (typeof ALTERNATIVES)[number]

export interface GuideCarrier {
  id: string
  /** Its international name, as the number form lists it. */
  name: string
}

export interface CancellationGuide {
  language: string
  country: string
  /** The country's carriers the knowledge base knows, for the number's form. */
  carriers: GuideCarrier[]
  /** The number's carrier when the knowledge base knows it. */
  carrier: GuideCarrier | null
  /** How that carrier ends a contract; empty when nothing reliable is known. */
  termination: GuideFact[]
  /** True of every carrier of the country. */
  countryTermination: GuideFact[]
  /** Cancelling from abroad. */
  fromAbroad: GuideFact[]
  /** Per alternative: the country's facts, then the number's carrier's. */
  alternatives: Record<Alternative, GuideFact[]>
  /**
   * Per alternative, what other carriers of the country publish: shown apart and marked
   * as another carrier's, never as the user's.
   */
  otherCarriers: Record<Alternative, Array<{ carrier: GuideCarrier; facts: GuideFact[] }>>
  /** The alternatives the number's carrier itself has facts for. */
  carrierAlternatives: Alternative[]
  /** The state's own checks of what is registered to a person, in the order to do them. */
  stateChecks: GuideFact[]
  /** What may happen to such a number whatever its holder plans, for this holder. */
  risks: GuideFact[]
  clocks: CountryClocks
  /** The carrier visit, in the order it happens. */
  storeChecklist: ChecklistItem[]
}
