import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/domain/account'
import { riskOf, worklist } from '../../../src/shared/domain/risk'

type Shape = Pick<Account, 'name' | 'category' | 'usages' | 'status'>
const a = (
  name: string,
  category: Shape['category'],
  usages: Shape['usages'],
  status: Shape['status'] = 'todo'
): Shape => ({
  name,
  category,
  usages,
  status
})

describe('risk', () => {
  it.each([
    [a('Gosuslugi', 'government', ['login']), 'critical'],
    [a('VK', 'social', ['recovery']), 'critical'],
    [a('Steam', 'other', ['sms2fa', 'notifications']), 'critical'],
    [a('Sber', 'bank', ['notifications']), 'high'],
    [a('Gmail', 'email', []), 'high'],
    [a('Ozon', 'marketplace', ['notifications']), 'medium'],
    [a('Gym', 'other', ['contact']), 'low'],
    [a('Nothing', 'utilities', []), 'low']
  ] as const)('of %o is %s', (account, level) => {
    expect(riskOf(account)).toBe(level)
  })

  it('is gone once the account is unlinked, verified or not needed, whatever it used', () => {
    for (const status of ['unlinked', 'verified', 'notNeeded'] as const) {
      expect(riskOf(a('Gosuslugi', 'government', ['login', 'sms2fa'], status))).toBeNull()
    }
    expect(riskOf(a('Gosuslugi', 'government', ['login'], 'inProgress'))).toBe('critical')
  })
})

describe('the worklist', () => {
  it('orders open accounts by risk, then category order, then name, and leaves done ones out', () => {
    const list = worklist([
      a('Ozon', 'marketplace', ['notifications']),
      a('VK', 'social', ['login']),
      a('Alfa-Bank', 'bank', ['sms2fa']),
      a('Telegram', 'messenger', ['login'], 'verified'),
      a('Gym', 'other', ['contact']),
      a('T-Bank', 'bank', ['login']),
      a('Gosuslugi', 'government', ['login']),
      a('Sber', 'bank', [])
    ])
    expect(list.map((item) => `${item.risk} ${item.account.name}`)).toEqual([
      'critical Alfa-Bank',
      'critical T-Bank',
      'critical Gosuslugi',
      'critical VK',
      'high Sber',
      'medium Ozon',
      'low Gym'
    ])
  })
})
