import type { SourceKind } from '../knowledge/source-kinds'
import type { Case } from './case'
import { addDaysTo, daysBetween } from './dates-values'

/** Where the user stands, which decides what the app advises. */
export const PHASES = ['planning', 'cancelled', 'possiblyReassigned'] as const
export type Phase = (typeof PHASES)[number]

/** A published statement an estimate rests on. */
export interface EstimateSource {
  url: string
  tag: SourceKind
  date?: string
}

/** One clock of a country's numbers: its length in days and the pages that give it. */
export interface ClockEstimate {
  days: number
  sources: EstimateSource[]
}

/**
 * The clocks a country's numbers run on, from the knowledge base (main sends them with
 * each case): the phase, reminder and report functions take them as input.
 */
export interface CountryClocks {
  /** From a cancellation to the first day the number may be given to someone else. */
  reissue: ClockEstimate
  /** Unused this long, a contract ends; null where no rule is known. */
  inactivity: ClockEstimate | null
  /**
   * Where the country has the rule: from the day a number stops being paid until its
   * carrier cancels it, `days: null` when no source gives the figure; null elsewhere.
   */
  unpaid: { days: number | null; sources: EstimateSource[] } | null
}

/** Where no rule is known: a short estimate is the safer mistake, and no inactivity rule. */
export const FALLBACK_REISSUE_DAYS = 60
export const FALLBACK_CLOCKS: CountryClocks = {
  reissue: { days: FALLBACK_REISSUE_DAYS, sources: [] },
  inactivity: null,
  unpaid: null
}

/** One of the ways a number reaches someone else, kept apart. */
export interface ReissueClock {
  /**
   * After a cancellation; after the last use (a contract ends unused); or, with no
   * cancellation, after the day the number stopped being paid (its carrier cancels it).
   */
  kind: 'cancellation' | 'inactivity' | 'unpaid'
  /** The cancellation date, or the last day the number was used or paid for. */
  from: string
  /** Inactivity and unpaid: the day the contract ends, where its delay is known. */
  contractEndsOn?: string
  /**
   * Unpaid only: no source says how long the carrier waits before it cancels, so
   * `reissueFrom` is the earliest day, counted as if it cancelled at once.
   */
  cancellationDelayUnknown?: true
  /** From this day the number may belong to someone else. */
  reissueFrom: string
  /** The user's own estimate replaced the default. */
  custom: boolean
  sources: EstimateSource[]
}

export interface CasePhase {
  phase: Phase
  daysSinceCancellation: number | null
  /** The earliest day any clock says the number may be reissued. */
  reissueFrom: string | null
  daysUntilReissue: number | null
  clocks: ReissueClock[]
}

type PhaseFields = Pick<Case, 'status' | 'cancellationDate' | 'lastUseDate' | 'reassignDays'>

/** The reissue clocks that run for a case, on its country's clocks. */
export function reissueClocks(c: PhaseFields, country: CountryClocks): ReissueClock[] {
  const clocks: ReissueClock[] = []
  const estimate = country.reissue
  const reissueDays = c.reassignDays ?? estimate.days
  const custom = c.reassignDays !== null
  if (c.status !== 'planned' && c.cancellationDate) {
    clocks.push({
      kind: 'cancellation',
      from: c.cancellationDate,
      reissueFrom: addDaysTo(c.cancellationDate, reissueDays),
      custom,
      sources: custom ? [] : estimate.sources
    })
  }
  // Only where the country has an inactivity rule (Russian law has one).
  if (c.lastUseDate && country.inactivity) {
    const contractEndsOn = addDaysTo(c.lastUseDate, country.inactivity.days)
    clocks.push({
      kind: 'inactivity',
      from: c.lastUseDate,
      contractEndsOn,
      reissueFrom: addDaysTo(contractEndsOn, reissueDays),
      custom,
      sources: [...country.inactivity.sources, ...(custom ? [] : estimate.sources)]
    })
  }
  // A number that stopped being paid and was never cancelled (the carrier cancels it).
  const cancelled = c.status !== 'planned' && c.cancellationDate !== null
  if (c.lastUseDate && country.unpaid && !cancelled) {
    const delay = country.unpaid.days
    const contractEndsOn = delay === null ? null : addDaysTo(c.lastUseDate, delay)
    clocks.push({
      kind: 'unpaid',
      from: c.lastUseDate,
      ...(contractEndsOn ? { contractEndsOn } : { cancellationDelayUnknown: true as const }),
      reissueFrom: addDaysTo(contractEndsOn ?? c.lastUseDate, reissueDays),
      custom,
      sources: [...country.unpaid.sources, ...(custom ? [] : estimate.sources)]
    })
  }
  return clocks
}

/**
 * The case's phase on a day (YYYY-MM-DD): possibly reassigned from the first day any
 * clock allows a reissue; cancelled once the user says the cancellation was submitted;
 * planning while the SIM is still theirs.
 */
export function phaseOf(c: PhaseFields, today: string, country: CountryClocks): CasePhase {
  const clocks = reissueClocks(c, country)
  const reissueFrom = clocks.map((k) => k.reissueFrom).sort()[0] ?? null
  const cancelled = c.status !== 'planned'
  const phase: Phase =
    reissueFrom !== null && reissueFrom <= today
      ? 'possiblyReassigned'
      : cancelled
        ? 'cancelled'
        : 'planning'
  const since =
    cancelled && c.cancellationDate && c.cancellationDate <= today
      ? daysBetween(c.cancellationDate, today)
      : null
  return {
    phase,
    daysSinceCancellation: since,
    reissueFrom,
    daysUntilReissue: reissueFrom ? daysBetween(today, reissueFrom) : null,
    clocks
  }
}
