import type { Account } from '../../shared/domain/account'
import type { Case } from '../../shared/domain/case'
import type {
  Guidance,
  GuidanceContact,
  GuidanceFact,
  GuidanceSource,
  GuidanceStep,
  NeedsOldSim
} from '../../shared/domain/guidance'
import { phaseOf, PHASES, type Phase } from '../../shared/domain/phase'
import type { KnowledgeLanguage } from '../../shared/knowledge/source-kinds'
import { PLAYBOOK_STEPS } from '../../shared/playbooks/steps'
import { translate } from '../i18n/messages'
import { countryClocks } from '../knowledge/cancellation-guide'
import { appKnowledge, type Knowledge } from '../knowledge/knowledge'
import type { Source, Statement } from '../knowledge/knowledge-schema'
import { guidanceLanguage, textIn } from './guidance-texts'

/** One formatter per language: making one costs far more than formatting a date. */
const LONG_DATES = new Map<string, Intl.DateTimeFormat>()

function longDate(language: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  let format = LONG_DATES.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })
    LONG_DATES.set(language, format)
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)))
}

/**
 * One account's advice for the day: the playbook's help in the case's phase, the way back
 * without the old number (the service's own, then its kind's), what the number's next
 * owner could do, whom to contact, and each service fact's sources.
 */
export function resolveGuidance(input: {
  account: Account
  owner: Case | undefined
  today: string
  language: string
  knowledge?: Knowledge
}): Guidance {
  const { account, owner, today } = input
  const knowledge = input.knowledge ?? appKnowledge()
  const language = guidanceLanguage(input.language)
  const kind = account.playbook
  const kindFile = knowledge.kinds.get(kind)
  if (!kindFile) throw new Error(`The knowledge base has no advice for ${kind} services`)
  const when = owner
    ? phaseOf(owner, today, countryClocks(knowledge, owner.country))
    : {
        phase: 'planning' as Phase,
        daysSinceCancellation: null,
        reissueFrom: null,
        daysUntilReissue: null
      }
  const { phase } = when
  // Locked out while the SIM still works: the steps read as if it were already gone.
  const stepPhase: Phase = account.lockedOut && phase === 'planning' ? 'cancelled' : phase
  // From here on no code reaches the old number: nothing that needs one is offered.
  const simGone = stepPhase !== 'planning'

  const file = account.catalogId ? knowledge.service.get(account.catalogId) : undefined
  const changeNeedsOldSim = file?.phone.needsOldSim?.value
  /** Whether following a statement needs the old SIM, where the service decides it. */
  const needs = (s: Pick<Statement, 'needsOldSim' | 'changesNumber'>): NeedsOldSim =>
    (s.changesNumber ? changeNeedsOldSim : undefined) ?? s.needsOldSim ?? 'unknown'
  const useRoute = translate(language, 'guidance.useRouteInstead')

  const steps: GuidanceStep[] = PLAYBOOK_STEPS[kind].map(({ id }) => {
    const kindStep = kindFile.steps[id]
    const withoutSim = kindStep ? needs(kindStep) : 'unknown'
    const variants = Object.fromEntries(
      PHASES.map((p) => [
        p,
        p === 'planning'
          ? translate(language, `playbook.${kind}.steps.${id}.help`)
          : withoutSim === 'no'
            ? kindStepText(kindStep?.[p], `${kind}.steps.${id}.${p}`, language)
            : useRoute
      ])
    ) as Record<Phase, string>
    return {
      id,
      variants,
      text: variants[stepPhase],
      needsOldSim: simGone ? 'no' : 'unknown'
    }
  })

  const service = file?.playbook ? file : undefined
  /** What is offered today: once the SIM is gone, nothing that needs it. */
  const offered = (list: readonly Statement[]): Statement[] =>
    simGone
      ? list.filter((f) => needs(f) !== 'yes' && !(f.changesNumber && needs(f) !== 'no'))
      : [...list]
  /**
   * The service's own steps say how to change the number while the SIM works: once it is
   * gone only those known to work without it stay, and the way back in shows instead.
   */
  const offeredSteps = (list: readonly Statement[]): Statement[] =>
    simGone ? list.filter((f) => needs(f) === 'no') : [...list]
  const said = (list: readonly Statement[]): GuidanceFact[] =>
    list.map((f) => ({
      text: textIn(f.text, language),
      sources: f.sources.map(guidanceSource),
      ...(f.needsOldSim || f.changesNumber ? { needsOldSim: needs(f) } : {})
    }))
  const own = service?.playbook
  const route: GuidanceFact[] = [
    ...said(offered(own?.route ?? [])),
    ...said(offered(kindFile.route))
  ]
  const ownStranger = said(own?.stranger ?? [])
  // A kind's fact that the service's own facts already tell, from the same source, would
  // say the same story twice.
  const cited = new Set(ownStranger.flatMap((f) => f.sources.map((s) => s.url)))
  // A kind's story is told where it happened: for the service's countries, or the old
  // number's where the service names none.
  const countries = file?.regions.length ? file.regions : owner ? [owner.country.toLowerCase()] : []
  const toldHere = (f: Statement): boolean =>
    !f.regions || f.regions.some((r) => countries.includes(r))
  const stranger: GuidanceFact[] = [
    ...ownStranger,
    ...said(
      kindFile.stranger.filter((f) => toldHere(f) && !f.sources.some((s) => cited.has(s.url)))
    )
  ]
  const contacts: GuidanceContact[] = (own?.contacts ?? []).map((c) => ({
    kind: c.kind,
    label: textIn(c.label, language),
    phone: c.phone ?? null,
    url: c.url ?? null,
    sources: c.sources.map(guidanceSource)
  }))
  const foreign = file?.phone.foreignNumber
  const foreignKnown = foreign && foreign.value !== 'unknown' ? foreign : undefined

  return {
    accountId: account.id,
    language,
    kind,
    phase,
    today,
    daysSinceCancellation: when.daysSinceCancellation,
    reissueFrom: when.reissueFrom,
    daysUntilReissue: when.daysUntilReissue,
    lockedOut: account.lockedOut,
    showRoute: account.lockedOut || phase !== 'planning',
    headline: headline(
      language,
      phase,
      account.lockedOut,
      owner?.cancellationDate ?? null,
      when.reissueFrom
    ),
    steps,
    serviceId: service?.id ?? null,
    serviceSteps: said(offeredSteps(own?.steps ?? [])),
    waits: said(own?.waits ?? []),
    foreignNumber: foreignKnown
      ? {
          answer: foreignKnown.value === 'yes' ? 'yes' : 'no',
          text: foreignKnown.text
            ? textIn(foreignKnown.text, language)
            : translate(language, `guidance.foreign.${foreignKnown.value}`),
          sources: foreignKnown.sources.map(guidanceSource)
        }
      : { answer: 'notKnown', text: translate(language, 'guidance.foreign.unknown'), sources: [] },
    route,
    stranger,
    contacts
  }
}

/** A source as the window shows it: the page, how sure it is, and its date. */
function guidanceSource(s: Source): GuidanceSource {
  return s.date ? { url: s.url, tag: s.kind, date: s.date } : { url: s.url, tag: s.kind }
}

function kindStepText(
  texts: Parameters<typeof textIn>[0] | undefined,
  where: string,
  language: KnowledgeLanguage
): string {
  if (!texts) throw new Error(`The knowledge base has no text for ${where}`)
  return textIn(texts, language)
}

function headline(
  language: KnowledgeLanguage,
  phase: Phase,
  lockedOut: boolean,
  cancelledOn: string | null,
  reissueFrom: string | null
): string {
  const g = (key: string, params?: Record<string, string | number>): string =>
    translate(language, `guidance.headline.${key}`, params)
  const date = (d: string): string => longDate(language, d)
  if (phase === 'possiblyReassigned') return g('possiblyReassigned', { date: date(reissueFrom!) })
  if (phase === 'cancelled') {
    const first = cancelledOn ? g('cancelledOn', { date: date(cancelledOn) }) : g('cancelled')
    if (!reissueFrom) return first
    // Chinese sentences follow one another without a space.
    const gap = language === 'zh-CN' ? '' : ' '
    return `${first}${gap}${g('reissueFrom', { date: date(reissueFrom) })}`
  }
  return lockedOut ? g('planningLockedOut') : g('planning')
}
