import { describe, expect, it } from 'vitest'
import { filterAccounts } from '../../../src/renderer/src/accounts/filter-accounts'
import type { Account } from '../../../src/shared/domain/account'

let n = 0
function account(
  name: string,
  category: Account['category'],
  status: Account['status'],
  notes = ''
): Account {
  const at = '2026-11-01T00:00:00.000Z'
  return {
    id: `account-${++n}-0000`,
    name,
    category,
    status,
    notes,
    usages: [],
    settingsUrl: null,
    caseId: 'case-00000001',
    catalogId: null,
    playbook: 'generic',
    replacement: null,
    phoneCodes: null,
    ticked: [],
    customSteps: [],
    createdAt: at,
    updatedAt: at
  }
}

const list = [
  account('Sber', 'bank', 'todo', 'codeword at the branch'),
  account('Gosuslugi', 'government', 'unlinked'),
  account('Café Pushkin', 'other', 'todo'),
  account('Сбербанк Онлайн', 'bank', 'verified'),
  account('微信 WeChat', 'messenger', 'inProgress')
]
const names = (filter: Parameters<typeof filterAccounts>[1]): string[] =>
  filterAccounts(list, filter).map((a) => a.name)

describe('the accounts filter', () => {
  it('searches names and notes, ignoring case and accents, in any script', () => {
    expect(names({ text: 'SBER', categories: [], statuses: [] })).toEqual(['Sber'])
    expect(names({ text: 'codeword', categories: [], statuses: [] })).toEqual(['Sber'])
    expect(names({ text: 'cafe', categories: [], statuses: [] })).toEqual(['Café Pushkin'])
    expect(names({ text: 'сбер', categories: [], statuses: [] })).toEqual(['Сбербанк Онлайн'])
    expect(names({ text: '微信', categories: [], statuses: [] })).toEqual(['微信 WeChat'])
  })

  it('combines category and status filters with the search', () => {
    expect(names({ text: '', categories: ['bank'], statuses: [] })).toEqual([
      'Sber',
      'Сбербанк Онлайн'
    ])
    expect(names({ text: '', categories: ['bank'], statuses: ['todo'] })).toEqual(['Sber'])
    expect(names({ text: '', categories: [], statuses: ['unlinked', 'verified'] })).toEqual([
      'Gosuslugi',
      'Сбербанк Онлайн'
    ])
    expect(names({ text: 'sber', categories: ['government'], statuses: [] })).toEqual([])
  })
})
