/**
 * What the knowledge base makes the product say, in one neutral shape: the merged catalog,
 * an account's guidance for every catalog entry in every phase, locked out or not, in each
 * language, and the carrier, state-check and clock facts. The committed snapshot
 * (tests/snapshots/knowledge/) is this output at a moment; a test compares the current
 * output with it, so a change of facts is always a deliberate, reviewed regeneration.
 */
import { appCatalog } from '../../src/core/catalog/catalog'
import { resolveGuidance } from '../../src/core/guidance/resolve-guidance'
import { countryClocks } from '../../src/core/knowledge/cancellation-guide'
import { appKnowledge } from '../../src/core/knowledge/knowledge'
import type { CarrierFile, Statement } from '../../src/core/knowledge/knowledge-schema'
import type { Account } from '../../src/shared/domain/account'
import type { Case } from '../../src/shared/domain/case'
import { ONLINE_CHECKLIST } from '../../src/shared/domain/case-values'
import type { Guidance } from '../../src/shared/domain/guidance'
import { phaseOf, PHASES, type Phase } from '../../src/shared/domain/phase'
import { ALTERNATIVES } from '../../src/shared/knowledge/cancellation-guide'
import { strongestKind } from '../../src/shared/knowledge/source-kinds'
import { androidApps, smsSenders } from '../../src/core/catalog/service-signals'

export const LANGUAGES = ['en', 'ru', 'zh-CN'] as const
const TODAY = '2026-03-01'

/** A case in each phase on TODAY: cancellation planned, cancelled 10 days ago, long ago. */
function caseIn(phase: Phase, country = 'RU'): Case {
  const base = {
    id: 'case-snapshot-0001',
    number: '+79123456789',
    country,
    carrier: 'mts',
    reference: '',
    channel: null,
    notes: '',
    checklist: {},
    reassignDays: null,
    keepProofsUntil: null,
    lastUseDate: null,
    replacementNumber: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
  const byPhase = {
    planning: { status: 'planned', cancellationDate: '2026-03-21' },
    cancelled: { status: 'confirmed', cancellationDate: '2026-02-19' },
    possiblyReassigned: { status: 'confirmed', cancellationDate: '2025-10-01' }
  } as const
  return { ...base, ...byPhase[phase] } as unknown as Case
}

function accountOf(catalogId: string, playbook: Account['playbook'], lockedOut: boolean): Account {
  return {
    id: 'account-snapshot-0001',
    caseId: 'case-snapshot-0001',
    name: catalogId,
    category: 'other',
    usages: [],
    settingsUrl: null,
    notes: '',
    status: 'todo',
    catalogId,
    playbook,
    replacement: null,
    phoneCodes: null,
    lockedOut,
    recoversOthers: false,
    ticked: [],
    customSteps: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
}

/** "planning|locked|ru": one of the 18 ways an entry's guidance is asked for. */
export const VARIANTS: string[] = PHASES.flatMap((phase) =>
  [false, true].flatMap((locked) =>
    LANGUAGES.map((language) => `${phase}|${locked ? 'locked' : 'open'}|${language}`)
  )
)

export interface GuidanceOutput {
  /** Each catalog entry's guidance, named by the first entry that gave the same 18 answers. */
  byEntry: Record<string, string>
  /** For each such first entry, its guidance in every variant. */
  answers: Record<string, Record<string, Guidance>>
}

/** Every entry's guidance, answers shared by many entries (a kind's) stored once. */
export function guidanceOutput(): GuidanceOutput {
  const byEntry: Record<string, string> = {}
  const answers: Record<string, Record<string, Guidance>> = {}
  const seen = new Map<string, string>()
  for (const entry of entriesInOrder()) {
    const all: Record<string, Guidance> = {}
    for (const variant of VARIANTS) {
      const [phase, locked, language] = variant.split('|') as [Phase, string, string]
      all[variant] = resolveGuidance({
        account: accountOf(entry.id, entry.playbook, locked === 'locked'),
        owner: caseIn(phase),
        today: TODAY,
        language
      })
    }
    const text = JSON.stringify(all)
    const first = seen.get(text)
    if (first) {
      byEntry[entry.id] = first
      continue
    }
    seen.set(text, entry.id)
    byEntry[entry.id] = entry.id
    answers[entry.id] = all
  }
  return { byEntry, answers }
}

/** A statement as the snapshot shows it: its text in each language, tag and pages. */
function factOut(statement: Statement) {
  return {
    id: statement.id,
    tag: strongestKind(statement.sources.map((s) => s.kind)),
    ...(statement.old ? { old: true } : {}),
    sources: statement.sources.map((s) => ({ url: s.url, ...(s.date ? { date: s.date } : {}) })),
    text: Object.fromEntries(LANGUAGES.map((l) => [l, statement.text[l]]))
  }
}

/**
 * The carrier, alternative, state-check and clock facts with their texts: each carrier
 * (by id) with how it ends a contract and its alternatives, each country (by code) with
 * what holds for all its carriers, and the clocks a number runs on in three countries.
 */
export function carriersOutput() {
  const knowledge = appKnowledge()
  const list = (facts: readonly Statement[]) => facts.map(factOut)
  const alternatives = (a: CarrierFile['alternatives']) =>
    Object.fromEntries(ALTERNATIVES.map((name) => [name, list(a[name])]))
  return {
    carriers: knowledge.carriers.map((c) => ({
      id: c.id,
      name: c.names.en,
      country: c.country,
      termination: list(c.termination),
      alternatives: alternatives(c.alternatives)
    })),
    countries: [...knowledge.countries.values()]
      .sort((a, b) => (a.country < b.country ? -1 : 1))
      .map((c) => ({
        country: c.country,
        stateChecks: list(c.stateChecks),
        termination: list(c.termination),
        fromAbroad: list(c.fromAbroad),
        alternatives: alternatives(c.alternatives),
        storeChecklist: [...c.storeChecklist]
      })),
    onlineChecklist: [...ONLINE_CHECKLIST],
    clocks: Object.fromEntries(
      ['RU', 'CN', 'DE'].map((country) => {
        const clocks = countryClocks(knowledge, country)
        return [
          country,
          {
            reissue: clocks.reissue,
            // A number last used 100 days ago and cancelled 10 days ago, and one only unused.
            cancelledAndUnused: phaseOf(
              { ...caseIn('cancelled', country), lastUseDate: '2025-11-21' },
              TODAY,
              clocks
            ),
            unusedOnly: phaseOf(
              { ...caseIn('planning', country), lastUseDate: '2025-11-21' },
              TODAY,
              clocks
            )
          }
        ]
      })
    )
  }
}

/**
 * The merged catalog, curated entries first: the order among curated entries decides
 * nothing (no two share a domain or a name), so they are listed by id.
 */
function entriesInOrder() {
  const byId = (a: { id: string }, b: { id: string }): number =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  const entries = appCatalog().entries
  return [
    ...entries.filter((e) => e.curated).sort(byId),
    ...entries.filter((e) => !e.curated).sort(byId)
  ]
}

/** The merged catalog as the app and `unlinker catalog --json` see it. */
export function catalogOutput() {
  return {
    entries: entriesInOrder(),
    androidApps: androidApps().sort((a, b) =>
      a.package < b.package ? -1 : a.package > b.package ? 1 : 0
    ),
    smsSenders: smsSenders()
  }
}

/** One JSON value per line where the output is a long list, so a change reads as a diff. */
export function snapshotTexts(): Record<string, string> {
  const catalog = catalogOutput()
  const guidance = guidanceOutput()
  const lines = (items: unknown[]): string => items.map((i) => JSON.stringify(i)).join(',\n')
  return {
    'catalog.json':
      `{"androidApps":${JSON.stringify(catalog.androidApps)},\n` +
      `"smsSenders":${JSON.stringify(catalog.smsSenders)},\n` +
      `"entries":[\n${lines(catalog.entries)}\n]}\n`,
    'guidance.json':
      `{"byEntry":${JSON.stringify(guidance.byEntry)},\n"answers":{\n` +
      Object.entries(guidance.answers)
        .map(([id, all]) => `${JSON.stringify(id)}:${JSON.stringify(all)}`)
        .join(',\n') +
      '\n}}\n',
    'carriers.json': `${JSON.stringify(carriersOutput(), null, 1)}\n`
  }
}
