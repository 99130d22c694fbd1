import type { Case } from './case'
import { addDaysTo, daysBetween } from './dates-values'

/** Where the user stands, which decides what the app advises. */
export const PHASES = ['planning', 'cancelled', 'possiblyReassigned'] as const
export type Phase = (typeof PHASES)[number]

/** A published statement an estimate rests on. */
export interface EstimateSource {
  url: string
  tag: 'official' | 'news' | 'unofficial'
  date?: string
}

/** The sources of the app's default estimates, shown beside each date they produce. */
export const ESTIMATE_SOURCES = {
  /** A lawyer: carriers usually hold a number about two months before reissuing it. */
  reissueRussia: {
    url: 'https://www.gazeta.ru/social/news/2026/03/05/27994309.shtml',
    tag: 'news',
    date: '2026-03-05'
  },
  /** Rules in force from 1 Sep 2024: not using a number for the contract's period (at least 90 days) ends it. */
  inactivityRussia: {
    url: 'https://www.rbc.ru/economics/26/01/2024/65b3e69c9a79475745177ffe',
    tag: 'news',
    date: '2024-01-26'
  },
  /** Chinese carriers may reissue a number 90 days after its cancellation. */
  reissueChina: { url: 'https://www.thepaper.cn/newsDetail_forward_32456904', tag: 'news' }
} as const satisfies Record<string, EstimateSource>

/** Days without use after which a Russian contract ends. */
export const INACTIVITY_DAYS_RUSSIA = 90
/** Where no rule is known: a short estimate is the safer mistake. */
export const FALLBACK_REISSUE_DAYS = 60

/** The default days from a cancellation to a possible reissue, and what says so. */
export function reissueEstimate(country: string): { days: number; sources: EstimateSource[] } {
  if (country === 'RU') return { days: 60, sources: [ESTIMATE_SOURCES.reissueRussia] }
  if (country === 'CN') return { days: 90, sources: [ESTIMATE_SOURCES.reissueChina] }
  return { days: FALLBACK_REISSUE_DAYS, sources: [] }
}

/** One of the two ways a number reaches someone else, kept apart. */
export interface ReissueClock {
  kind: 'cancellation' | 'inactivity'
  /** The cancellation date, or the last day the number was used. */
  from: string
  /** Inactivity only: the day the contract is deemed ended. */
  contractEndsOn?: string
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

type PhaseFields = Pick<
  Case,
  'status' | 'cancellationDate' | 'lastUseDate' | 'reassignDays' | 'country'
>

/** The reissue clocks that run for a case. */
export function reissueClocks(c: PhaseFields): ReissueClock[] {
  const clocks: ReissueClock[] = []
  const estimate = reissueEstimate(c.country)
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
  // The inactivity rule is Russian law; elsewhere no rule is known, so no clock.
  if (c.lastUseDate && c.country === 'RU') {
    const contractEndsOn = addDaysTo(c.lastUseDate, INACTIVITY_DAYS_RUSSIA)
    clocks.push({
      kind: 'inactivity',
      from: c.lastUseDate,
      contractEndsOn,
      reissueFrom: addDaysTo(contractEndsOn, reissueDays),
      custom,
      sources: [ESTIMATE_SOURCES.inactivityRussia, ...(custom ? [] : estimate.sources)]
    })
  }
  return clocks
}

/**
 * The case's phase on a day (YYYY-MM-DD): possibly reassigned from the first day any
 * clock allows a reissue; cancelled once the user says the cancellation was submitted;
 * planning while the SIM is still theirs.
 */
export function phaseOf(c: PhaseFields, today: string): CasePhase {
  const clocks = reissueClocks(c)
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
