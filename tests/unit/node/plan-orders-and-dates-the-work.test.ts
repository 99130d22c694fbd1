import { describe, expect, it } from 'vitest'
import { NO_PLAN_FACTS, type PlanFacts } from '../../../src/shared/catalog/catalog-values'
import type { Account } from '../../../src/shared/domain/account'
import { addDaysTo } from '../../../src/shared/domain/dates-values'
import { FALLBACK_CLOCKS } from '../../../src/shared/domain/phase'
import {
  planNumber,
  START_MARGIN_DAYS,
  type PlanAccount,
  type PlanCase
} from '../../../src/shared/domain/plan'

const TODAY = '2026-12-05'
const CANCEL = '2026-12-26'
const number: PlanCase = {
  id: 'case-0000001',
  status: 'planned',
  cancellationDate: CANCEL,
  lastUseDate: null,
  reassignDays: null,
  stateActionsDone: [],
  clocks: FALLBACK_CLOCKS
}

/** What a knowledge base could say of each service: the test's own, not the shipped one. */
const FACTS: Record<string, Partial<PlanFacts>> = {
  google: { needsOldSim: false },
  microsoft: { needsOldSim: false, holdDaysWithoutOldSim: 30 },
  yandex: { needsOldSim: false, holdDaysWithoutOldSim: 14 },
  wechat: { signInForOthers: true, holdsMoney: true },
  vk: { signInForOthers: true, needsOldSim: true },
  coinbase: { needsOldSim: true, holdDaysWithoutOldSim: 3 },
  airbnb: { needsOldSim: false, newNumberTrustDays: 14 },
  netflix: { needsOldSim: false }
}
const factsOf = (id: string | null): PlanFacts | undefined =>
  id && FACTS[id] ? { ...NO_PLAN_FACTS, ...FACTS[id] } : undefined

let n = 0
const account = (
  name: string,
  category: Account['category'],
  usages: Account['usages'],
  more: Partial<PlanAccount> = {}
): PlanAccount => ({
  id: `account-${String(++n).padStart(4, '0')}`,
  name,
  caseId: number.id,
  category,
  usages,
  status: 'todo',
  lockedOut: false,
  catalogId: null,
  ...more
})
const names = <A extends { name: string }>(list: readonly A[]) => list.map((a) => a.name)

/** Thirteen accounts of a student's Russian number, given in no particular order. */
const inventory = [
  account('Bilibili', 'social', ['login', 'sms2fa']),
  account('Sber', 'bank', ['login', 'sms2fa', 'recovery']),
  account('Netflix', 'other', ['recovery', 'notifications'], { catalogId: 'netflix' }),
  account('WeChat', 'messenger', ['login', 'sms2fa'], { catalogId: 'wechat', lockedOut: true }),
  account('Gosuslugi', 'government', ['login', 'sms2fa']),
  account('Microsoft', 'email', ['sms2fa', 'recovery'], { catalogId: 'microsoft' }),
  account('Google', 'email', ['sms2fa', 'recovery'], { catalogId: 'google' }),
  account('Telegram', 'messenger', ['login']),
  account('Coinbase', 'payments', ['sms2fa'], { catalogId: 'coinbase' }),
  account('Ozon', 'marketplace', ['notifications']),
  account('Work mail', 'other', ['sms2fa'], { recoversOthers: true }),
  account('VK', 'social', ['login'], { catalogId: 'vk' }),
  account('Airbnb', 'transport', ['sms2fa'], { catalogId: 'airbnb' }),
  account('Old forum', 'other', ['login'], { status: 'unlinked' }),
  account('Other number’s bank', 'bank', ['login'], { caseId: 'case-0000002' })
]
const plan = planNumber(number, inventory, TODAY, factsOf)
const item = (name: string) => plan.items.find((i) => i.account.name === name)!

describe('the plan of a number', () => {
  it('orders what unlocks others, money, state, messengers, the rest; locked out, old SIM, hold first within each', () => {
    expect(plan.items.map((i) => `${i.group} ${i.account.name}`)).toEqual([
      // WeChat signs others in (and holds money) and is locked out: first of all.
      'unlocksOthers WeChat',
      // VK needs the old SIM, and the user's recovery mailbox is critical with nobody
      // knowing whether it does; Microsoft has a 30-day hold; then by risk and name.
      'unlocksOthers VK',
      'unlocksOthers Work mail',
      'unlocksOthers Microsoft',
      'unlocksOthers Google',
      // Coinbase needs the old SIM, and Sber is critical with nobody knowing whether.
      'money Coinbase',
      'money Sber',
      'state Gosuslugi',
      'messengers Telegram',
      'rest Airbnb',
      'rest Bilibili',
      'rest Netflix',
      'rest Ozon',
      // Done accounts follow the open ones; another number's are not in this plan.
      'rest Old forum'
    ])
  })

  it('starts each account by the cancellation less the new number’s trust delay and 3 days', () => {
    expect(START_MARGIN_DAYS).toBe(3)
    expect(item('Google').startBy).toBe('2026-12-23')
    // Airbnb trusts a new number after 14 days: 26 Dec − 14 − 3.
    expect(item('Airbnb').startBy).toBe('2026-12-09')
    expect(item('Airbnb').late).toBe(false)
    expect(item('Old forum').startBy).toBeNull()
  })

  it('puts a start-by day already past on today, marked late', () => {
    const soon = planNumber(
      { ...number, cancellationDate: '2026-12-20' },
      inventory,
      TODAY,
      factsOf
    )
    const airbnb = soon.items.find((i) => i.account.name === 'Airbnb')!
    expect(airbnb).toMatchObject({ startBy: TODAY, late: true })
    const google = soon.items.find((i) => i.account.name === 'Google')!
    expect(google).toMatchObject({ startBy: '2026-12-17', late: false })
    // A planned day itself passed: everything open is due today.
    const overdue = planNumber(
      { ...number, cancellationDate: '2026-12-01' },
      inventory,
      TODAY,
      factsOf
    )
    const open = overdue.items.filter((i) => i.risk !== null)
    expect(open.every((i) => i.startBy === TODAY && i.late)).toBe(true)
  })

  it('dates no account that needs the old SIM after the cancellation; the hold is what waits if it is', () => {
    const needing = plan.items.filter((i) => i.needsOldSim === true || i.dueBy !== null)
    expect(names(needing.map((i) => i.account))).toEqual(
      expect.arrayContaining(['VK', 'Coinbase', 'Sber', 'Gosuslugi', 'WeChat'])
    )
    for (const i of needing) {
      expect(i.dueBy).toBe(CANCEL)
      expect(i.startBy! < CANCEL).toBe(true)
    }
    expect(item('Coinbase').holdDays).toBe(3)
    // Microsoft's number changes without the old SIM, after a 30-day hold: not due before.
    expect(item('Microsoft')).toMatchObject({ needsOldSim: false, dueBy: null, holdDays: 30 })
  })

  it('warns of exactly the open accounts a cancellation now would lock the user out of', () => {
    // Critical where nobody knows, or a takeover path that needs the old SIM to change.
    expect(names(plan.lockedOutIfCancelled)).toEqual([
      'WeChat',
      'VK',
      'Work mail',
      'Coinbase',
      'Sber',
      'Gosuslugi'
    ])
    // Here that is every critical account left but those whose number changes without it.
    const critical = plan.items.filter((i) => i.risk === 'critical' && i.needsOldSim !== false)
    expect(plan.lockedOutIfCancelled).toEqual(critical.map((i) => i.account))
    // Unlinking one takes it off the warning; none is warned of once cancelled.
    const sberDone = inventory.map((a) =>
      a.name === 'Sber' ? { ...a, status: 'unlinked' as const } : a
    )
    expect(names(planNumber(number, sberDone, TODAY, factsOf).lockedOutIfCancelled)).not.toContain(
      'Sber'
    )
    const cancelled = planNumber({ ...number, status: 'confirmed' }, inventory, TODAY, factsOf)
    expect(cancelled.lockedOutIfCancelled).toEqual([])
    expect(cancelled.items.every((i) => i.startBy === null && i.dueBy === null)).toBe(true)
  })

  it('dates the state checks before the cancellation, and drops one that needs the SIM once it is gone', () => {
    const actions = [
      { id: 'simList', needsOldSim: false },
      { id: 'accountLookup', needsOldSim: true }
    ]
    const planned = planNumber(number, inventory, TODAY, factsOf, actions)
    expect(planned.stateActions).toEqual([
      {
        id: 'simList',
        needsOldSim: false,
        done: false,
        startBy: addDaysTo(CANCEL, -3),
        late: false
      },
      {
        id: 'accountLookup',
        needsOldSim: true,
        done: false,
        startBy: addDaysTo(CANCEL, -3),
        late: false
      }
    ])
    const ticked = planNumber(
      { ...number, stateActionsDone: ['simList'] },
      inventory,
      TODAY,
      factsOf,
      actions
    )
    expect(ticked.stateActions[0]).toMatchObject({ done: true, startBy: null })
    const cancelled = planNumber(
      { ...number, status: 'submitted' },
      inventory,
      TODAY,
      factsOf,
      actions
    )
    expect(cancelled.stateActions.map((s) => s.id)).toEqual(['simList'])
  })

  it('says a number without accounts is empty, never finished', () => {
    const empty = planNumber(number, [], TODAY, factsOf)
    expect(empty.work).toBe('empty')
    expect(empty.lockedOutIfCancelled).toEqual([])
    expect(plan.work).toBe('working')
  })
})
