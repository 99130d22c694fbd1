import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { addDaysTo, toDateOnly } from '../../../src/shared/domain/dates-values'
import type { PlanReport } from '../../../src/shared/domain/plan-report'
import { RISK_REASONS } from '../../../src/shared/domain/risk'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker, unlinkerWith } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const today = toDateOnly(new Date())
const cancel = addDaysTo(today, 21)

/** A Russian number to be cancelled in three weeks, with services from the catalog. */
async function plannedFolder(): Promise<{ data: string; accounts: Record<string, string> }> {
  const data = join(await tempDir(), 'data')
  const core = await openCore(data)
  const c = await must(core, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    carrier: 'mts',
    status: 'planned',
    cancellationDate: cancel
  })
  const added = await must(core, 'addFromCatalog', {
    caseId: c.id,
    catalogIds: [
      'spotify',
      'douyin',
      't-bank',
      'whatsapp',
      'gosuslugi',
      'google',
      'microsoft',
      'netflix',
      'wechat',
      'airbnb'
    ]
  })
  const accounts = Object.fromEntries(added.map((a) => [a.catalogId!, a.id]))
  await must(core, 'updateAccount', { id: accounts.wechat!, patch: { lockedOut: true } })
  await must(core, 'createCase', { number: '+86 138 1234 5678', country: 'CN', status: 'planned' })
  await closeCore(core)
  return { data, accounts }
}

describe('unlinker plan', () => {
  it('prints each number’s accounts in order, with risk, reasons, start-by days and the lock-out warning', async () => {
    const { data, accounts } = await plannedFolder()
    const answer = await unlinker('plan', '--data', data, '--json')
    expect(answer).toMatchObject({ code: 0, err: '' })
    const report = JSON.parse(answer.out) as PlanReport
    const [ru, cn] = report.numbers
    expect(ru).toMatchObject({
      number: '+79123456789',
      country: 'RU',
      phase: 'planning',
      cancellationDate: cancel
    })
    const order = ru!.accounts.map((a) => a.catalogId)
    // Sign-in providers (WeChat locked out first, then Gosuslugi, a sign-in for other
    // services, whose need of the old SIM nobody knows), then money, messengers, the rest.
    expect(order).toEqual([
      'wechat',
      'gosuslugi',
      'microsoft',
      'google',
      't-bank',
      'whatsapp',
      'airbnb',
      'douyin',
      'netflix',
      'spotify'
    ])
    const of = (id: string) => ru!.accounts.find((a) => a.catalogId === id)!
    expect(Object.keys(of('google')).sort()).toEqual(
      [
        'id',
        'name',
        'names',
        'catalogId',
        'risk',
        'riskReasons',
        'group',
        'startBy',
        'late',
        'dueBy',
        'needsOldSim',
        'holdDaysWithoutOldSim',
        'newNumberTrustDays',
        'lockedOut',
        'status'
      ].sort()
    )
    expect(of('google')).toMatchObject({
      id: accounts.google,
      names: { en: 'Google Account', 'zh-CN': '谷歌' },
      risk: 'critical',
      riskReasons: ['smsCodes', 'recovery', 'email'],
      startBy: addDaysTo(cancel, -3),
      late: false,
      needsOldSim: false,
      lockedOut: false,
      status: 'todo'
    })
    expect(of('microsoft')).toMatchObject({ needsOldSim: false, holdDaysWithoutOldSim: 30 })
    expect(of('wechat')).toMatchObject({
      risk: 'critical',
      riskReasons: ['smsLogin', 'smsCodes', 'recovery', 'money', 'signIn'],
      needsOldSim: null,
      lockedOut: true,
      dueBy: cancel
    })
    // Netflix with recovery only is high; Spotify is not critical.
    expect(of('netflix')).toMatchObject({ risk: 'high', riskReasons: ['recovery'] })
    expect(of('spotify').risk).not.toBe('critical')
    // Airbnb trusts a new number after 14 days: its start-by comes that much earlier.
    expect(of('airbnb')).toMatchObject({
      newNumberTrustDays: 14,
      startBy: addDaysTo(cancel, -17)
    })
    for (const a of ru!.accounts) {
      expect(a.startBy! <= cancel).toBe(true)
      expect([true, false, null]).toContain(a.needsOldSim)
      for (const reason of a.riskReasons) expect(RISK_REASONS).toContain(reason)
    }
    // What a cancellation now locks the user out of: critical, and no source says the
    // number changes without the old SIM.
    expect(ru!.lockedOutIfCancelled).toEqual([
      accounts.wechat,
      accounts.gosuslugi,
      accounts['t-bank']
    ])
    expect(ru!.stateActions).toEqual([
      {
        id: 'simList',
        title: 'Check Gosuslugi’s «Сим-карты» list and refuse numbers you do not know',
        startBy: addDaysTo(cancel, -3),
        late: false,
        done: false,
        needsOldSim: false
      },
      {
        id: 'creditSelfBan',
        title: 'Set a credit self-ban (самозапрет на кредиты) on Gosuslugi or at an MFC',
        startBy: addDaysTo(cancel, -3),
        late: false,
        done: false,
        needsOldSim: false
      }
    ])
    expect(cn).toMatchObject({ country: 'CN', work: 'empty', accounts: [], cancellationDate: null })
    expect(cn!.stateActions.map((s) => s.id)).toEqual(['accountLookup'])

    const text = await unlinker('plan', '--data', data)
    expect(text.code).toBe(0)
    expect(text.out).toContain(
      `3 accounts still need the old SIM; cancelling on ${cancel} would lock you out of: WeChat`
    )
    expect(text.out).toMatch(
      /^\+7 912 345 67 89 \(RU\) · before cancelling · cancellation planned on /m
    )
    expect(text.out).toContain('You have not listed any accounts yet.')
    expect(text.out).not.toMatch(/safe|nothing to do/i)
  })

  it('follows calendar’s rules: the lock, the passphrase, an unreadable store, usage', async () => {
    const { data } = await plannedFolder()
    const holder = await openCore(data, undefined, { kdf: { N: 1024, r: 8, p: 1 } })
    expect((await unlinker('plan', '--data', data, '--json')).code).toBe(3)
    await must(holder, 'enableEncryption', { passphrase: 'river stone lamp' })
    await closeCore(holder)
    const locked = await unlinker('plan', '--data', data)
    expect(locked.code).toBe(7)
    expect(locked.err).toContain('UNLINKER_PASSPHRASE')
    const open = await unlinkerWith(
      { env: { UNLINKER_PASSPHRASE: 'river stone lamp' } },
      'plan',
      '--data',
      data,
      '--json'
    )
    expect(open.code).toBe(0)
    expect((JSON.parse(open.out) as PlanReport).numbers).toHaveLength(2)

    const torn = join(await tempDir(), 'torn')
    const core = await openCore(torn)
    await must(core, 'createCase', { number: '+7 912 345-67-89', country: 'RU' })
    await closeCore(core)
    await writeFile(join(torn, STORE_FILE), '{"schemaVersion": 9, "cases": [')
    const refused = await unlinker('plan', '--data', torn)
    expect(refused.code).toBe(6)
    expect(refused.err).toContain('unlinker recover --data')

    expect((await unlinker('plan', 'extra.json')).code).toBe(2)
    expect((await unlinker('--help')).out).toContain('plan [--data DIR] [--json]')
  })
})
