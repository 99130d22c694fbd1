/**
 * What getGuidance answers: an account's advice for where its case stands, resolved in
 * main into one language. Types only, so the renderer can import them without zod or
 * the guidance texts.
 */
import type { SourceKind } from '../knowledge/source-kinds'
import type { PlaybookKind } from './playbook-kind'
import type { Phase } from './phase'

export type { Phase }

/**
 * How sure a fact is: official and news facts are stated, a data set's is labelled as one,
 * unofficial ones say "check in the app".
 */
export type GuidanceTag = SourceKind

/** A published page a fact rests on. */
export interface GuidanceSource {
  url: string
  tag: GuidanceTag
  /** When the page was published or the event happened (YYYY-MM-DD), where known. */
  date?: string
}

/** Whether doing what a sentence says takes a code sent to the old number. */
export type NeedsOldSim = 'yes' | 'no' | 'unknown'

/**
 * One sentence of advice. General advice for a kind of service has no sources; a
 * statement about one service always has at least one.
 */
export interface GuidanceFact {
  text: string
  sources: GuidanceSource[]
  /** Said for steps and routes: whether following it needs a code to the old number. */
  needsOldSim?: NeedsOldSim
}

/** A playbook step's help in each phase, and the one that applies today. */
export interface GuidanceStep {
  id: string
  variants: Record<Phase, string>
  text: string
  /**
   * Whether today's text needs a code to the old number. Once the SIM is gone (or the
   * account is locked out) this is never `yes`: such a step points to the way back in.
   */
  needsOldSim: NeedsOldSim
}

export type ContactKind = 'phone' | 'web' | 'inPerson' | 'inApp' | 'email'

/** Someone who can help without the old number. */
export interface GuidanceContact {
  kind: ContactKind
  /** What it is, in the chosen language ("Support line", "Recovery form"). */
  label: string
  /** A phone number to call, where there is one. */
  phone: string | null
  /** An https page to open, where there is one. */
  url: string | null
  sources: GuidanceSource[]
}

/** Whether the service takes a foreign number as the replacement. */
export type ForeignNumberAnswer = 'yes' | 'no' | 'notKnown'

export interface Guidance {
  accountId: string
  language: string
  kind: PlaybookKind
  phase: Phase
  today: string
  daysSinceCancellation: number | null
  reissueFrom: string | null
  daysUntilReissue: number | null
  lockedOut: boolean
  /** Locked out, or the SIM no longer works: the route without the old number matters now. */
  showRoute: boolean
  /** One or two sentences on where the user stands, for the top of the guidance. */
  headline: string
  /** The phase variants of the kind playbook's steps, by step id. */
  steps: GuidanceStep[]
  /** The catalog id of the service whose own playbook is known, else null. */
  serviceId: string | null
  /** How this service changes the number, where known (service facts, with sources). */
  serviceSteps: GuidanceFact[]
  /** Holds and reviews to expect. */
  waits: GuidanceFact[]
  foreignNumber: { answer: ForeignNumberAnswer; text: string; sources: GuidanceSource[] }
  /** The way back in without the old number: the service's own first, then the kind's. */
  route: GuidanceFact[]
  /** What a new owner of the number could do, and how to stop it. */
  stranger: GuidanceFact[]
  contacts: GuidanceContact[]
}
