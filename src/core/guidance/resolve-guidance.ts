import type { Account } from '../../shared/domain/account'
import type { Case } from '../../shared/domain/case'
import type {
  Guidance,
  GuidanceContact,
  GuidanceFact,
  GuidanceStep
} from '../../shared/domain/guidance'
import { phaseOf, PHASES, type Phase } from '../../shared/domain/phase'
import { PLAYBOOK_STEPS } from '../../shared/playbooks/steps'
import { translate } from '../i18n/messages'
import { guidanceLanguage, guidanceText } from './guidance-messages'
import { KIND_ROUTES } from './kind-routes'
import { SERVICE_PLAYBOOKS } from './service-playbooks'
import type { SourcedKey } from './service-playbook'

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
}): Guidance {
  const { account, owner, today } = input
  const language = guidanceLanguage(input.language)
  const g = (key: string, params?: Record<string, string | number>): string =>
    guidanceText(language, key, params)
  const kind = account.playbook
  const when = owner
    ? phaseOf(owner, today)
    : {
        phase: 'planning' as Phase,
        daysSinceCancellation: null,
        reissueFrom: null,
        daysUntilReissue: null
      }
  const { phase } = when
  // Locked out while the SIM still works: the steps read as if it were already gone.
  const stepPhase: Phase = account.lockedOut && phase === 'planning' ? 'cancelled' : phase

  const steps: GuidanceStep[] = PLAYBOOK_STEPS[kind].map(({ id }) => {
    const variants = Object.fromEntries(
      PHASES.map((p) => [
        p,
        p === 'planning'
          ? translate(language, `playbook.${kind}.steps.${id}.help`)
          : g(`kinds.${kind}.steps.${id}.${p}`)
      ])
    ) as Record<Phase, string>
    return { id, variants, text: variants[stepPhase] }
  })

  const service = account.catalogId ? SERVICE_PLAYBOOKS.get(account.catalogId) : undefined
  const serviceFacts = (part: string, list: SourcedKey[]): GuidanceFact[] =>
    service
      ? list.map((f) => ({
          text: g(`services.${service.id}.${part}.${f.key}`),
          sources: f.sources
        }))
      : []
  const kindRoute = KIND_ROUTES[kind]
  const route: GuidanceFact[] = [
    ...serviceFacts('route', service?.route ?? []),
    ...kindRoute.route.map((key) => ({ text: g(`kinds.${kind}.route.${key}`), sources: [] }))
  ]
  const ownStranger = serviceFacts('stranger', service?.stranger ?? [])
  // A kind's fact that the service's own facts already tell, from the same source, would
  // say the same story twice.
  const cited = new Set(ownStranger.flatMap((f) => f.sources.map((s) => s.url)))
  const stranger: GuidanceFact[] = [
    ...ownStranger,
    ...kindRoute.stranger
      .filter((f) => !f.sources.some((s) => cited.has(s.url)))
      .map((f) => ({ text: g(`kinds.${kind}.stranger.${f.key}`), sources: f.sources }))
  ]
  const contacts: GuidanceContact[] = (service?.contacts ?? []).map((c) => ({
    kind: c.kind,
    label: g(`services.${service!.id}.contacts.${c.key}`),
    phone: c.phone ?? null,
    url: c.url ?? null,
    sources: c.sources
  }))
  const foreign = service?.foreign ?? { answer: 'notKnown' as const, sources: [] }

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
    serviceSteps: serviceFacts('steps', service?.steps ?? []),
    waits: serviceFacts('waits', service?.waits ?? []),
    foreignNumber: {
      answer: foreign.answer,
      text:
        foreign.answer === 'notKnown'
          ? g('foreign.notKnown')
          : g(`services.${service!.id}.foreign`),
      sources: foreign.sources
    },
    route,
    stranger,
    contacts
  }
}

function headline(
  language: 'en' | 'ru' | 'zh-CN',
  phase: Phase,
  lockedOut: boolean,
  cancelledOn: string | null,
  reissueFrom: string | null
): string {
  const g = (key: string, params?: Record<string, string | number>): string =>
    guidanceText(language, key, params)
  const date = (d: string): string => longDate(language, d)
  if (phase === 'possiblyReassigned')
    return g('phase.possiblyReassigned', { date: date(reissueFrom!) })
  if (phase === 'cancelled') {
    const first = cancelledOn
      ? g('phase.cancelledOn', { date: date(cancelledOn) })
      : g('phase.cancelled')
    if (!reissueFrom) return first
    // Chinese sentences follow one another without a space.
    const gap = language === 'zh-CN' ? '' : ' '
    return `${first}${gap}${g('phase.reissueFrom', { date: date(reissueFrom) })}`
  }
  return lockedOut ? g('phase.planningLockedOut') : g('phase.planning')
}
