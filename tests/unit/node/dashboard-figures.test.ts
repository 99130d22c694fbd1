import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/domain/account'
import { EMPTY_CHECKLIST, type Case } from '../../../src/shared/domain/case'
import type { Person } from '../../../src/shared/domain/person'
import { countryClocks } from '../../../src/core/knowledge/cancellation-guide'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'
import { dashboard as dashboardOf } from '../../../src/shared/domain/progress'

/** The figures on the clocks the knowledge base gives the case's country. */
const dashboard = (
  accounts: Parameters<typeof dashboardOf>[0],
  people: Parameters<typeof dashboardOf>[1],
  c: Case | null,
  today: string,
  proofs: Parameters<typeof dashboardOf>[4]
) =>
  dashboardOf(
    accounts,
    people,
    c && { ...c, clocks: countryClocks(appKnowledge(), c.country) },
    today,
    proofs,
    () => undefined
  )

const base = {
  caseId: 'case-0000001',
  catalogId: null,
  playbook: 'generic',
  replacement: null,
  ticked: [],
  customSteps: [],
  settingsUrl: null,
  notes: '',
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z'
} as const
let n = 0
function account(
  category: Account['category'],
  status: Account['status'],
  usages: Account['usages'] = []
): Account {
  return {
    ...base,
    ticked: [],
    customSteps: [],
    phoneCodes: null,
    lockedOut: false,
    recoversOthers: false,
    id: `account-${++n}0000`,
    name: `A${n}`,
    category,
    status,
    usages
  }
}
function person(status: Person['status']): Person {
  return {
    id: `person-${++n}0000`,
    caseId: base.caseId,
    name: 'P',
    relation: '',
    contact: '',
    status,
    notifiedOn: null,
    notes: '',
    messageLanguages: [],
    createdAt: base.createdAt,
    updatedAt: base.updatedAt
  }
}
const mtsCase: Case = {
  id: base.caseId,
  number: '+79123456789',
  country: 'RU',
  carrier: 'mts',
  cancellationDate: '2026-11-01',
  reference: '',
  channel: 'store',
  status: 'confirmed',
  notes: '',
  checklist: { ...EMPTY_CHECKLIST, passport: true, sim: true, contract: true, balance: true },
  reassignDays: null,
  keepProofsUntil: null,
  lastUseDate: null,
  replacementNumber: null,
  holderForeignCitizen: false,
  holderName: '',
  departureDate: null,
  keptAbroad: false,
  stateActionsDone: [],
  messageLanguages: [],
  createdAt: base.createdAt,
  updatedAt: base.updatedAt
}

describe('the dashboard', () => {
  const accounts = [
    account('bank', 'verified', ['login']),
    account('bank', 'unlinked', ['sms2fa']),
    account('bank', 'todo', ['sms2fa']),
    account('social', 'inProgress', ['recovery']),
    account('social', 'notNeeded', ['login']),
    account('marketplace', 'todo', ['notifications'])
  ]
  const people = [person('toNotify'), person('notified'), person('toNotify')]

  it('counts unlinked or verified of every account that still matters, and the critical ones left', () => {
    const figures = dashboard(accounts, people, mtsCase, '2026-11-25', [])
    expect(figures.progress).toEqual({ done: 2, total: 5 })
    // The bank's codes are critical; the social account's recovery puts no money or
    // sign-in at stake, so it is high.
    expect(figures.criticalLeft).toBe(1)
    expect(figures.byCategory).toEqual([
      { category: 'bank', done: 2, total: 3 },
      { category: 'social', done: 0, total: 1 },
      { category: 'marketplace', done: 0, total: 1 }
    ])
    expect([figures.peopleToNotify, figures.peopleTotal]).toEqual([2, 3])
  })

  it('dates the estimated reassignment about two months on in Russia, or by the case override, and retention a year on', () => {
    const figures = dashboard(accounts, people, mtsCase, '2026-11-25', [])
    expect(figures.daysSinceCancellation).toBe(24)
    expect(figures.reassignOn).toBe('2026-12-31')
    expect(figures.daysUntilReassign).toBe(36)
    // Three accounts still use the number: the proofs stay while they do.
    expect(figures.retention).toEqual({ kind: 'whileLinked', linked: 3 })
    const done = accounts.map((a) => ({ ...a, status: 'verified' as const }))
    expect(dashboard(done, people, mtsCase, '2026-11-25', []).retention).toEqual({
      kind: 'until',
      date: '2027-11-01'
    })

    const custom = dashboard(
      done,
      people,
      { ...mtsCase, reassignDays: 30, keepProofsUntil: '2028-01-01' },
      '2026-11-25',
      []
    )
    expect(custom.reassignOn).toBe('2026-12-01')
    expect(custom.retention).toEqual({ kind: 'until', date: '2028-01-01' })
  })

  it('has no dates for a planned cancellation in the future or without a date', () => {
    const planned = dashboard(
      [],
      [],
      { ...mtsCase, cancellationDate: '2026-12-20', status: 'planned' },
      '2026-11-25',
      []
    )
    expect(planned.daysSinceCancellation).toBeNull()
    expect(planned.progress).toEqual({ done: 0, total: 0 })
    expect(
      dashboard([], [], { ...mtsCase, cancellationDate: null }, '2026-11-25', []).reassignOn
    ).toBeNull()
  })
})
