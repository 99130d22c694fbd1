import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/domain/account'
import type { Case } from '../../../src/shared/domain/case'
import { PHASES, type Phase } from '../../../src/shared/domain/phase'
import { PLAYBOOK_KINDS } from '../../../src/shared/domain/playbook-kind'
import { PLAYBOOK_STEPS } from '../../../src/shared/playbooks/steps'
import { resolveGuidance } from '../../../src/core/guidance/resolve-guidance'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'

const TODAY = '2026-12-01'
const LANGUAGES = ['en', 'ru', 'zh-CN'] as const

const base: Case = {
  id: 'case-000001',
  number: '+79123456789',
  country: 'RU',
  carrier: 'mts',
  status: 'planned',
  cancellationDate: null,
  lastUseDate: null,
  reassignDays: null
} as unknown as Case

/** A case in each phase on TODAY: planned; cancelled 11 days ago; cancelled 100 days ago. */
const CASES: Record<Phase, Case> = {
  planning: base,
  cancelled: { ...base, status: 'confirmed', cancellationDate: '2026-11-20' },
  possiblyReassigned: { ...base, status: 'confirmed', cancellationDate: '2026-08-23' }
}

function account(kind: Account['playbook'], lockedOut = false): Account {
  return {
    id: 'account-0001',
    name: 'Some service',
    category: 'other',
    usages: ['login'],
    settingsUrl: null,
    notes: '',
    status: 'todo',
    caseId: base.id,
    catalogId: null,
    playbook: kind,
    replacement: null,
    phoneCodes: null,
    lockedOut,
    recoversOthers: false,
    ticked: [],
    customSteps: [],
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z'
  }
}

describe('guidance for every playbook kind', () => {
  for (const kind of PLAYBOOK_KINDS)
    for (const phase of PHASES)
      for (const language of LANGUAGES)
        it(`${kind}, ${phase}, ${language}: a route without the old number, a warning, and each step's text for the phase`, () => {
          const g = resolveGuidance({
            account: account(kind),
            owner: CASES[phase],
            today: TODAY,
            language
          })
          expect(g.phase).toBe(phase)
          expect(g.language).toBe(language)
          expect(g.showRoute).toBe(phase !== 'planning')
          expect(g.headline.trim()).not.toBe('')
          expect(g.route.length).toBeGreaterThan(0)
          expect(g.stranger.length).toBeGreaterThan(0)
          for (const fact of [...g.route, ...g.stranger]) expect(fact.text.trim()).not.toBe('')
          expect(g.steps.map((s) => s.id)).toEqual(PLAYBOOK_STEPS[kind].map((s) => s.id))
          for (const step of g.steps) {
            for (const p of PHASES) expect(step.variants[p].trim(), `${step.id} ${p}`).not.toBe('')
            expect(step.text).toBe(step.variants[phase])
          }
          // Each phase says something of its own.
          for (const step of g.steps)
            expect(step.variants.cancelled).not.toBe(step.variants.planning)
          expect(g.foreignNumber.answer).toBe('notKnown')
        })
})

describe('locked out', () => {
  it('shows the route and reads the steps as if the SIM were gone, even while it is still in use', () => {
    const g = resolveGuidance({
      account: account('bank', true),
      owner: CASES.planning,
      today: TODAY,
      language: 'en'
    })
    expect(g.phase).toBe('planning')
    expect(g.showRoute).toBe(true)
    expect(g.headline).toMatch(/no longer get codes/)
    for (const step of g.steps) expect(step.text).toBe(step.variants.cancelled)
    expect(g.route.map((f) => f.text).join(' ')).toMatch(/branch with your passport/)
  })

  it('names the dates in the headline, in the chosen language', () => {
    const en = resolveGuidance({
      account: account('bank'),
      owner: CASES.cancelled,
      today: TODAY,
      language: 'en'
    })
    expect(en.headline).toContain('November 20, 2026')
    expect(en.headline).toContain('January 19, 2027')
    const ru = resolveGuidance({
      account: account('bank'),
      owner: CASES.cancelled,
      today: TODAY,
      language: 'ru'
    })
    expect(ru.headline).toContain('20 ноября 2026')
    const zhCancelled = resolveGuidance({
      account: account('bank'),
      owner: CASES.cancelled,
      today: TODAY,
      language: 'zh-CN'
    })
    expect(zhCancelled.headline).toContain('收不到。从2027年1月19日起')
    const zh = resolveGuidance({
      account: account('bank'),
      owner: CASES.possiblyReassigned,
      today: TODAY,
      language: 'zh-CN'
    })
    expect(zh.headline).toContain('2026年10月22日')
  })
})

describe('a service with its own facts', () => {
  it('never tells one story twice: a kind’s warning from a source the service already cites is left out', () => {
    for (const { id, playbook } of appKnowledge().services)
      for (const kind of playbook ? PLAYBOOK_KINDS : []) {
        const g = resolveGuidance({
          account: { ...account(kind), catalogId: id },
          owner: CASES.cancelled,
          today: TODAY,
          language: 'en'
        })
        // The service's own warnings come first and all stay; the kind's follow.
        const own = g.stranger.slice(0, playbook!.stranger.length)
        const cited = new Set(own.flatMap((f) => f.sources.map((s) => s.url)))
        const added = g.stranger.slice(playbook!.stranger.length)
        const repeated = added.filter((f) => f.sources.some((s) => cited.has(s.url)))
        expect(repeated, `${id} as ${kind}`).toEqual([])
        expect(g.stranger.length).toBeGreaterThanOrEqual(playbook!.stranger.length)
      }
    // Gosuslugi's own story of the pensioner's loan replaces the government kind's.
    const gosuslugi = resolveGuidance({
      account: { ...account('government'), catalogId: 'gosuslugi' },
      owner: CASES.cancelled,
      today: TODAY,
      language: 'en'
    })
    expect(gosuslugi.stranger.filter((f) => /loan/.test(f.text))).toHaveLength(1)
  })
})
