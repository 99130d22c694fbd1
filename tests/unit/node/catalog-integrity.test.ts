import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { CATEGORIES } from '../../../src/shared/domain/account'
import { PLAYBOOK_KINDS, playbookFor, stepKeys } from '../../../src/shared/playbooks'

const REQUIRED = [
  'sber',
  't-bank',
  'vtb',
  'alfa-bank',
  'gazprombank',
  'raiffeisen',
  'sovcombank',
  'pochta-bank',
  'ozon-bank',
  'mts-bank',
  'gosuslugi',
  'nalog',
  'mos-ru',
  'vk',
  'yandex-id',
  'mail-ru',
  'ozon',
  'wildberries',
  'avito',
  'wechat',
  'alipay',
  'qq',
  'weibo',
  'taobao',
  '12306',
  'telegram',
  'whatsapp',
  'viber',
  'signal',
  'google',
  'apple-account',
  'microsoft',
  'facebook',
  'instagram',
  'x',
  'linkedin',
  'paypal',
  'amazon',
  'revolut',
  'wise',
  'binance'
]

function lookup(path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      en
    )
}

const CATALOG = appCatalog().entries
const findCatalogEntry = (id: string) => appCatalog().find(id)
const searchCatalog = (text: string) => appCatalog().search({ text }).entries

describe('the built-in catalog', () => {
  it('has at least 80 valid entries across at least 10 categories, with unique ids', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(80)
    expect(new Set(CATALOG.map((e) => e.id)).size).toBe(CATALOG.length)
    const used = new Set(CATALOG.map((e) => e.category))
    expect(used.size).toBeGreaterThanOrEqual(10)
    for (const category of used) expect(CATEGORIES).toContain(category)
  })

  it('gives every entry a known playbook, and links only https addresses that parse', () => {
    for (const entry of CATALOG) {
      expect(PLAYBOOK_KINDS, entry.id).toContain(entry.playbook)
      for (const link of Object.values(entry.links)) {
        expect(new URL(link).protocol, entry.id).toBe('https:')
        expect(link, entry.id).not.toMatch(/\s/)
      }
    }
  })

  it('contains every service a first user will look for', () => {
    const missing = REQUIRED.filter((id) => !findCatalogEntry(id))
    expect(missing).toEqual([])
  })

  it('is searchable in Russian, Chinese and English, ignoring case', () => {
    expect(searchCatalog('сбер').map((e) => e.id)).toContain('sber')
    expect(searchCatalog('微信').map((e) => e.id)).toContain('wechat')
    expect(searchCatalog('ГОСУСЛУГИ').map((e) => e.id)).toContain('gosuslugi')
    expect(searchCatalog('tinkoff').map((e) => e.id)).toContain('t-bank')
    expect(searchCatalog('no such service at all')).toEqual([])
  })
})

describe('the playbooks', () => {
  it('have unique steps, exactly one final check, and English text for every step', () => {
    for (const kind of PLAYBOOK_KINDS) {
      const steps = playbookFor(kind).steps
      expect(steps.length, kind).toBeGreaterThanOrEqual(4)
      expect(new Set(steps.map((s) => s.id)).size, kind).toBe(steps.length)
      expect(
        steps.filter((s) => s.final),
        kind
      ).toHaveLength(1)
      expect(steps.at(-1)?.final, kind).toBe(true)
      expect(typeof lookup(`playbook.${kind}.name`), kind).toBe('string')
      for (const step of steps) {
        const keys = stepKeys(kind, step.id)
        expect(typeof lookup(keys.title), keys.title).toBe('string')
        expect(typeof lookup(keys.help), keys.help).toBe('string')
      }
    }
  })
})
