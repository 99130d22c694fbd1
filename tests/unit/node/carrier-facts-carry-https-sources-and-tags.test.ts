import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'
import {
  allFacts,
  CARRIER_TERMINATION,
  STATE_CHECKS
} from '../../../src/shared/carriers/carrier-guide'
import { KNOWN_CARRIERS } from '../../../src/shared/domain/carriers'

const LANGUAGES = { en, ru, 'zh-CN': zhCN } as Record<string, unknown>
const text = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree)

/** Machine-written sites the fact sheet names: never a source, not even beside another. */
const AI_FARMS = [
  'gosuslugisovet.ru',
  'sberfaq.ru',
  'wb-guide.ru',
  'ozon-guide.ru',
  'whatsapp-tips.com',
  'katyusha-ras.ru'
]

describe('the carrier and state guide', () => {
  it('gives every fact a tag and at least one https source, never a machine-written site', () => {
    const facts = allFacts()
    expect(facts.length).toBeGreaterThan(15)
    for (const { key, fact } of facts) {
      expect(['official', 'news', 'unofficial'], key).toContain(fact.tag)
      expect(fact.sources.length, key).toBeGreaterThan(0)
      for (const source of fact.sources) {
        const url = new URL(source.url)
        expect(url.protocol, `${key} ${source.url}`).toBe('https:')
        expect(
          AI_FARMS.some((farm) => url.host.endsWith(farm)),
          source.url
        ).toBe(false)
        if (source.date) expect(source.date, key).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
      }
    }
  })

  it('says each fact in every language, and labels the unofficial ones to be checked', () => {
    for (const [lang, messages] of Object.entries(LANGUAGES)) {
      for (const { key } of allFacts()) expect(text(messages, key), `${lang} ${key}`).toBeTruthy()
      for (const tag of ['official', 'news', 'unofficial'])
        expect(text(messages, `carrier.tags.${tag}`), `${lang} ${tag}`).toBeTruthy()
    }
    expect(en.carrier.tags.unofficial).toMatch(/^Unofficial — check/)
    expect(ru.carrier.tags.unofficial).toMatch(/^Неофициально — уточните/)
    expect(zhCN.carrier.tags.unofficial).toMatch(/^非官方/)
    // The official tag is kept for the carriers' and agencies' own pages.
    const unofficialHosts = ['graph.org', 'nowadayhitech.com', 'demru.cy', 'voprosoff.net']
    for (const { key, fact } of allFacts())
      if (fact.sources.every((s) => unofficialHosts.some((h) => new URL(s.url).host.endsWith(h))))
        expect(fact.tag, key).toBe('unofficial')
  })

  it('knows every carrier of the form, and says nothing about Yota it cannot source', () => {
    expect(Object.keys(CARRIER_TERMINATION).sort()).toEqual(KNOWN_CARRIERS.map((c) => c.id).sort())
    expect(CARRIER_TERMINATION.yota).toEqual([])
    expect(CARRIER_TERMINATION.t2.every((f) => f.tag === 'official')).toBe(true)
    expect(CARRIER_TERMINATION.mts.every((f) => f.tag === 'unofficial')).toBe(true)
    expect(Object.keys(STATE_CHECKS).sort()).toEqual(['CN', 'RU'])
  })
})
