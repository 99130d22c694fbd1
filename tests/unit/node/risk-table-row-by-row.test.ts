import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NO_PLAN_FACTS } from '../../../src/shared/catalog/catalog-values'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'
import type { Account } from '../../../src/shared/domain/account'
import {
  assessRisk,
  RISK_LEVELS,
  RISK_TABLE,
  riskOf,
  type RiskInput
} from '../../../src/shared/domain/risk'

const a = (
  category: Account['category'],
  usages: Account['usages'],
  more: Partial<RiskInput> = {}
): RiskInput => ({ category, usages, status: 'todo', ...more })
const signIn = { ...NO_PLAN_FACTS, signInForOthers: true }
const wallet = { ...NO_PLAN_FACTS, holdsMoney: true }
const codes = (n: number) => ({
  sms: { messages: n + 2, codes: n, adverts: 0, first: null, last: null, senders: [] }
})

describe('the risk table', () => {
  it('has one row per level, in order, the last taking what is left', () => {
    expect(RISK_TABLE.map((row) => row.level)).toEqual([...RISK_LEVELS])
  })

  describe('critical: a takeover path and money, identity, e-mail, sign-in or a recovery at stake', () => {
    it.each([
      ['a bank that signs in by SMS', a('bank', ['login']), ['smsLogin', 'money']],
      ['a wallet with codes', a('payments', ['sms2fa']), ['smsCodes', 'money']],
      ['Gosuslugi by login', a('government', ['login']), ['smsLogin', 'identity']],
      ['a mailbox recovered by the number', a('email', ['recovery']), ['recovery', 'email']],
      [
        'a bank whose messages held codes',
        a('bank', [], { evidence: codes(3), phoneCodes: 'unknown' }),
        ['codesSeen', 'money']
      ]
    ] as const)('%s', (_, account, reasons) => {
      expect(assessRisk(account)).toEqual({ level: 'critical', reasons })
    })

    it('from the knowledge base: a messenger that signs others in, or holds money', () => {
      expect(assessRisk(a('messenger', ['login']), signIn)).toEqual({
        level: 'critical',
        reasons: ['smsLogin', 'signIn']
      })
      expect(assessRisk(a('messenger', ['login']), wallet)).toEqual({
        level: 'critical',
        reasons: ['smsLogin', 'money']
      })
    })

    it('from the user: an account marked as the recovery address of others', () => {
      expect(assessRisk(a('other', ['sms2fa'], { recoversOthers: true }))).toEqual({
        level: 'critical',
        reasons: ['smsCodes', 'recoversOthers']
      })
    })

    it('from evidence: a saved login that is the number, at a bank', () => {
      expect(
        assessRisk(a('bank', [], { evidence: { passwords: { logins: 1, oldNumber: true } } }))
      ).toEqual({ level: 'critical', reasons: ['loginIsNumber', 'money'] })
    })
  })

  describe('high: a takeover path without those stakes, or codes not yet answered', () => {
    it('Netflix with recovery only', () => {
      expect(assessRisk(a('other', ['recovery', 'notifications']))).toEqual({
        level: 'high',
        reasons: ['recovery']
      })
    })
    it('Steam with SMS codes, a messenger signed in by the number', () => {
      expect(riskOf(a('other', ['sms2fa']))).toBe('high')
      expect(riskOf(a('messenger', ['login', 'sms2fa']))).toBe('high')
    })
    it('a bank whose codes question is not answered yet', () => {
      expect(assessRisk(a('bank', ['notifications'], { phoneCodes: 'unknown' }))).toEqual({
        level: 'high',
        reasons: ['codesUnanswered']
      })
    })
    it('codes seen in messages, until the user says the account no longer gets them', () => {
      expect(riskOf(a('social', [], { evidence: codes(2), phoneCodes: 'unknown' }))).toBe('high')
      expect(assessRisk(a('social', [], { evidence: codes(2), phoneCodes: 'no' }))?.level).toBe(
        'medium'
      )
    })
  })

  describe('medium: notifications', () => {
    it('a bank that only sends notices is medium, not critical', () => {
      expect(assessRisk(a('bank', ['notifications']))).toEqual({
        level: 'medium',
        reasons: ['notifications']
      })
    })
    it('notices seen in its messages', () => {
      const seen = {
        sms: { messages: 4, codes: 0, adverts: 1, first: null, last: null, senders: [] }
      }
      expect(assessRisk(a('marketplace', [], { evidence: seen }))?.reasons).toEqual(['noticesSeen'])
    })
  })

  describe('low: contact only', () => {
    it('a gym that has the number as a contact', () => {
      expect(assessRisk(a('other', ['contact']))).toEqual({ level: 'low', reasons: ['contact'] })
    })
    it('and an account nothing is known of', () => {
      expect(assessRisk(a('utilities', []))).toEqual({ level: 'low', reasons: [] })
    })
  })

  it('leaves a done account without risk, whatever it used', () => {
    for (const status of ['unlinked', 'verified', 'notNeeded'] as const)
      expect(riskOf(a('government', ['login', 'sms2fa'], { status }))).toBeNull()
    expect(riskOf(a('government', ['login'], { status: 'inProgress' }))).toBe('critical')
  })

  it('is the table the README shows, row by row', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8')
    const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    for (const row of RISK_TABLE) {
      const level = `${row.level[0]!.toUpperCase()}${row.level.slice(1)}`
      expect(readme).toMatch(new RegExp(`\\| ${level} +\\| ${escape(row.rule)} +\\|`))
    }
  })
})

describe('the example data (Try with example data)', () => {
  it('gives each of its accounts the level the table gives it, with its reasons', async () => {
    const core = await openCore(await tempDir())
    await must(core, 'loadExampleData', {})
    const plan = await must(core, 'getPlan', { language: 'en' })
    const levels = Object.fromEntries(
      plan.numbers.flatMap((n) => n.accounts).map((x) => [x.name, [x.risk, ...x.riskReasons]])
    )
    expect(levels).toEqual({
      // Open accounts: critical only where money, identity, mail or sign-in is at stake.
      'Sber (Sberbank)': ['critical', 'smsLogin', 'smsCodes', 'recovery', 'money'],
      'WeChat (Weixin, WeChat Pay)': [
        'critical',
        'smsLogin',
        'smsCodes',
        'recovery',
        'money',
        'signIn'
      ],
      VK: ['critical', 'smsLogin', 'smsCodes', 'recovery', 'signIn'],
      'Yandex ID': ['critical', 'smsLogin', 'smsCodes', 'recovery', 'email'],
      Ozon: ['high', 'smsLogin', 'smsCodes'],
      WhatsApp: ['high', 'smsLogin', 'smsCodes'],
      'Fitness club "Alex"': ['medium', 'notifications'],
      // Done (unlinked, verified or not needed): no risk left.
      'Google Account': [null],
      Gosuslugi: [null],
      'T-Bank (Tinkoff)': [null],
      Telegram: [null],
      Wildberries: [null]
    })
    await closeCore(core)
  })
})
