import { domainToUnicode } from 'node:url'
import { STORE_CHECKLIST, type ChecklistItem } from '../../shared/domain/case-values'
import {
  FALLBACK_CLOCKS,
  type ClockEstimate,
  type CountryClocks,
  type EstimateSource
} from '../../shared/domain/phase'
import {
  ALTERNATIVES,
  type Alternative,
  type CancellationGuide,
  type GuideFact,
  type GuideSource
} from '../../shared/knowledge/cancellation-guide'
import { strongestKind, type KnowledgeLanguage } from '../../shared/knowledge/source-kinds'
import { guidanceLanguage, textIn } from '../guidance/guidance-texts'
import type { Knowledge } from './knowledge'
import type { CarrierFile, Clock, Source, Statement } from './knowledge-schema'

/** A source's host as people read it: Unicode for an IDN, without www. or a trailing dot. */
export function displayHost(url: string): string {
  try {
    const host = new URL(url).hostname.replace(/\.$/, '').replace(/^www\./, '')
    return domainToUnicode(host) || host
  } catch {
    return url
  }
}

function guideSource(s: Source): GuideSource {
  return { url: s.url, kind: s.kind, date: s.date ?? null, host: displayHost(s.url) }
}

function guideFacts(list: readonly Statement[], language: KnowledgeLanguage): GuideFact[] {
  return list.map((s) => ({
    id: s.id,
    text: textIn(s.text, language),
    tag: strongestKind(s.sources.map((x) => x.kind)) ?? 'unofficial',
    old: s.old ?? false,
    needsOldSim: s.needsOldSim ?? 'unknown',
    planTitle: s.plan ? textIn(s.plan.title, language) : null,
    sources: s.sources.map(guideSource)
  }))
}

const estimateSource = (s: Source): EstimateSource =>
  s.date ? { url: s.url, tag: s.kind, date: s.date } : { url: s.url, tag: s.kind }

function estimate(clock: Clock): ClockEstimate | null {
  if (clock.days === null) return null
  return { days: clock.days, sources: clock.sources.map(estimateSource) }
}

/** The clocks of a country's numbers; the safe defaults where the knowledge base has none. */
export function countryClocks(knowledge: Knowledge, country: string): CountryClocks {
  const clocks = knowledge.countries.get(country)?.clocks
  if (!clocks) return FALLBACK_CLOCKS
  const unpaid = clocks.unpaidUntilCancelled
  return {
    reissue: estimate(clocks.reissue) ?? FALLBACK_CLOCKS.reissue,
    inactivity: clocks.inactivity ? estimate(clocks.inactivity) : null,
    // Kept when its figure is unknown: the clock runs, and the window says so.
    unpaid: unpaid ? { days: unpaid.days, sources: unpaid.sources.map(estimateSource) } : null
  }
}

export function carrierFile(knowledge: Knowledge, carrier: string): CarrierFile | undefined {
  return knowledge.carriers.find((c) => c.id === carrier)
}

/** A carrier's international name; a carrier typed by hand stays as typed. */
export function carrierName(knowledge: Knowledge, carrier: string): string {
  return carrierFile(knowledge, carrier)?.names.en ?? carrier
}

/**
 * The store visit's checklist for a country's numbers: a citizen's (a Chinese citizen
 * shows the 身份证), or a foreign citizen's where the country has one of its own.
 */
export function storeChecklist(
  knowledge: Knowledge,
  country: string,
  foreignCitizen = false
): ChecklistItem[] {
  const file = knowledge.countries.get(country)
  const list = foreignCitizen
    ? (file?.storeChecklistForeignCitizens ?? file?.storeChecklist)
    : file?.storeChecklist
  return [...(list ?? STORE_CHECKLIST)]
}

/** What the window's number form and dashboard need of a country, with each case. */
export function caseKnowledge(
  knowledge: Knowledge,
  c: { country: string; carrier: string; holderForeignCitizen?: boolean }
): { clocks: CountryClocks; carrierName: string; storeChecklist: ChecklistItem[] } {
  return {
    clocks: countryClocks(knowledge, c.country),
    carrierName: carrierName(knowledge, c.carrier),
    storeChecklist: storeChecklist(knowledge, c.country, c.holderForeignCitizen)
  }
}

/**
 * Everything known about cancelling a number of a country with a carrier, in one
 * language: the carrier's way of ending a contract, what holds for every carrier of the
 * country, cancelling from abroad, the alternatives, the state's checks, the clocks and
 * the store visit's checklist.
 */
export function cancellationGuide(
  knowledge: Knowledge,
  input: { country: string; carrier: string; language: string; foreignCitizen?: boolean }
): CancellationGuide {
  const language = guidanceLanguage(input.language)
  const country = knowledge.countries.get(input.country)
  const carriers = knowledge.carriers.filter((c) => c.country === input.country)
  const own = carrierFile(knowledge, input.carrier)
  // A statement for citizens only, or for foreign citizens only, reaches only them.
  const audience = input.foreignCitizen ? 'foreignCitizens' : 'citizens'
  const facts = (list: readonly Statement[] | undefined): GuideFact[] =>
    guideFacts(
      (list ?? []).filter((s) => !s.audience || s.audience === audience),
      language
    )
  // The user's carrier's facts beside the country's; another carrier's only apart, marked.
  const alternatives = Object.fromEntries(
    ALTERNATIVES.map((a) => [
      a,
      facts([...(country?.alternatives[a] ?? []), ...(own?.alternatives[a] ?? [])])
    ])
  ) as Record<Alternative, GuideFact[]>
  const otherCarriers = Object.fromEntries(
    ALTERNATIVES.map((a) => [
      a,
      carriers
        .filter((c) => c.id !== own?.id && c.alternatives[a].length > 0)
        .map((c) => ({ carrier: { id: c.id, name: c.names.en }, facts: facts(c.alternatives[a]) }))
    ])
  ) as CancellationGuide['otherCarriers']
  return {
    language,
    country: input.country,
    carriers: carriers.map((c) => ({ id: c.id, name: c.names.en })),
    carrier: own ? { id: own.id, name: own.names.en } : null,
    termination: facts(own?.termination),
    countryTermination: facts(country?.termination),
    fromAbroad: facts(country?.fromAbroad),
    alternatives,
    otherCarriers,
    carrierAlternatives: ALTERNATIVES.filter((a) => (own?.alternatives[a].length ?? 0) > 0),
    stateChecks: facts(country?.stateChecks),
    risks: facts(country?.risks),
    clocks: countryClocks(knowledge, input.country),
    storeChecklist: storeChecklist(knowledge, input.country, input.foreignCitizen)
  }
}
