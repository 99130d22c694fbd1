import { describe, expect, it } from 'vitest'
import { filterAccounts } from '../../../src/renderer/src/accounts/filter-accounts'
import type { Account } from '../../../src/shared/domain/account'
import { NO_PLAN_FACTS, type CatalogEntry } from '../../../src/shared/catalog/catalog-values'
import { displayName } from '../../../src/shared/catalog/display-name'

let n = 0
function account(
  name: string,
  category: Account['category'],
  status: Account['status'],
  notes = '',
  catalogId: string | null = null
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
    catalogId,
    playbook: 'generic',
    replacement: null,
    phoneCodes: null,
    lockedOut: false,
    recoversOthers: false,
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

  it('finds a catalog account by any name, alias or domain of its entry, in any script', () => {
    const accounts = [
      account('Sber (Sberbank)', 'bank', 'todo', '', 'sber'),
      account('My wallet', 'payments', 'todo', '', 'wechat'),
      account('Notes only', 'other', 'todo', '', 'unknown-entry')
    ]
    const find = (text: string): string[] =>
      filterAccounts(accounts, { text, categories: [], statuses: [] }, (id) => ENTRIES[id]).map(
        (a) => a.name
      )
    expect(find('сбер')).toEqual(['Sber (Sberbank)'])
    expect(find('СБЕРБАНК онлайн')).toEqual(['Sber (Sberbank)'])
    expect(find('sberbank.ru')).toEqual(['Sber (Sberbank)'])
    expect(find('微信')).toEqual(['My wallet'])
    expect(find('weixin')).toEqual(['My wallet'])
    expect(find('qq.com')).toEqual([])
    // Without the entries, only the account's own text counts.
    expect(
      filterAccounts(accounts, { text: 'сбер', categories: [], statuses: [] }).map((a) => a.name)
    ).toEqual([])
  })
})

const ENTRIES: Record<string, CatalogEntry> = {
  sber: entry(
    'sber',
    'Sber (Sberbank)',
    { ru: 'Сбер' },
    ['Сбербанк', 'СберБанк Онлайн'],
    ['sberbank.ru']
  ),
  wechat: entry(
    'wechat',
    'WeChat (Weixin, WeChat Pay)',
    { 'zh-CN': '微信' },
    ['Weixin'],
    ['wechat.com']
  )
}

function entry(
  id: string,
  name: string,
  names: { ru?: string; 'zh-CN'?: string },
  aliases: string[],
  domains: string[]
): CatalogEntry {
  return {
    id,
    name,
    names: { en: name, ...names },
    aliases,
    category: 'other',
    regions: [],
    roles: [],
    smsOrCall: false,
    tfa: [],
    playbook: 'generic',
    domains,
    links: {},
    curated: true,
    sources: {},
    facts: [],
    closed: false,
    ownPlaybook: false,
    plan: { ...NO_PLAN_FACTS, sources: {} }
  }
}

describe('an account made from the catalog', () => {
  const sber = account('Sber (Sberbank)', 'bank', 'todo', '', 'sber')
  it('is called by its name in the app language while it keeps the English name', () => {
    expect(displayName(sber, ENTRIES.sber, 'ru')).toBe('Сбер')
    expect(displayName(sber, ENTRIES.sber, 'en')).toBe('Sber (Sberbank)')
    // No Chinese name: the English one.
    expect(displayName(sber, ENTRIES.sber, 'zh-CN')).toBe('Sber (Sberbank)')
    const wechat = account('WeChat (Weixin, WeChat Pay)', 'messenger', 'todo', '', 'wechat')
    expect(displayName(wechat, ENTRIES.wechat, 'zh-CN')).toBe('微信')
  })

  it('keeps a name the user typed, and its own name while the entry is not loaded', () => {
    const renamed = { ...sber, name: 'Сбер — зарплатная карта' }
    expect(displayName(renamed, ENTRIES.sber, 'ru')).toBe('Сбер — зарплатная карта')
    expect(displayName(sber, undefined, 'ru')).toBe('Sber (Sberbank)')
    expect(displayName({ ...sber, catalogId: null }, ENTRIES.sber, 'ru')).toBe('Sber (Sberbank)')
  })
})
