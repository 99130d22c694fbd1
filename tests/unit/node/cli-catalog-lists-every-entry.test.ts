import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../support/open-core'
import { unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const EXPORT = join(__dirname, '../../fixtures/exports/bitwarden-leaving-russia.json')

interface Entry {
  id: string
  name: string
  names: { en: string; ru?: string; 'zh-CN'?: string }
  category: string
  roles: string[]
  smsOrCall: boolean
  curated: boolean
  sources: Record<string, string>
  links: Record<string, string>
  domains: string[]
  facts: Array<{
    kind: string
    source: string
    tag: string
    sources: Array<{ url: string; kind: string; date: string | null }>
  }>
}

async function catalogJson(...args: string[]): Promise<Entry[]> {
  const { code, out, err } = await unlinker('catalog', '--json', ...args)
  expect(err).toBe('')
  expect(code).toBe(0)
  const parsed = JSON.parse(out) as { entries: Entry[] }
  expect(Object.keys(parsed)).toEqual(['entries'])
  return parsed.entries
}

describe('unlinker catalog', () => {
  it('prints every entry as JSON with its roles, SMS fact, sources and links', async () => {
    const entries = await catalogJson()
    expect(entries.length).toBeGreaterThan(2500)
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    for (const e of entries) {
      expect(typeof e.id).toBe('string')
      expect(typeof e.name).toBe('string')
      expect(e.names.en).toBe(e.name)
      expect(typeof e.category).toBe('string')
      expect(Array.isArray(e.roles)).toBe(true)
      expect(typeof e.smsOrCall).toBe('boolean')
      expect(typeof e.curated).toBe('boolean')
      expect(typeof e.sources).toBe('object')
      expect(typeof e.links).toBe('object')
    }
    const curated = entries.filter((e) => e.curated)
    expect(curated.length).toBeGreaterThan(50)
    expect(entries.filter((e) => e.smsOrCall).length).toBeGreaterThan(500)
    // Curated entries first, each saying where its facts come from.
    expect(entries.slice(0, curated.length).every((e) => e.curated)).toBe(true)
    expect(entries.find((e) => e.id === 'sber')).toMatchObject({
      names: { ru: expect.stringMatching(/Сбер/) },
      roles: expect.arrayContaining(['sms2fa']),
      smsOrCall: true,
      sources: { name: 'curated' }
    })
    const generated = entries.find((e) => !e.curated && e.sources.tfa === '2fa.directory')
    expect(generated?.links).toBeDefined()
  })

  it('gives each fact all its sources with their kinds, a data set never called official', async () => {
    const facts = (await catalogJson()).flatMap((e) => e.facts.map((f) => ({ id: e.id, ...f })))
    expect(facts.length).toBeGreaterThan(5)
    for (const f of facts) {
      expect(f.sources.length, f.id).toBeGreaterThan(0)
      expect(
        f.sources.map((s) => s.url),
        f.id
      ).toContain(f.source)
      for (const s of f.sources) {
        expect(s.url, f.id).toMatch(/^https:\/\//)
        expect(['official', 'news', 'dataset', 'unofficial'], f.id).toContain(s.kind)
        expect(s.date === null || /^\d{4}(-\d{2}){0,2}$/.test(s.date), f.id).toBe(true)
        // The data set's own entries; a thread on its tracker is a user's report.
        if (/github\.com\/2factorauth\/twofactorauth\/blob\//.test(s.url))
          expect(s.kind, f.id).toBe('dataset')
        if (/github\.com\/2factorauth\/twofactorauth\/issues\//.test(s.url))
          expect(s.kind, f.id).toBe('unofficial')
      }
    }
    // PayPal's SMS backup rests on a user's report, and says so.
    const paypal = facts.find((f) => f.id === 'paypal')!
    expect(paypal.kind).toBe('sendsSmsCodes')
    expect(paypal.tag).toBe('unofficial')
  })

  it('finds entries by their Russian and Chinese names', async () => {
    expect((await catalogJson('--search', 'сбер')).map((e) => e.id)).toContain('sber')
    expect((await catalogJson('--search', '微信')).map((e) => e.id)).toContain('wechat')
    expect((await catalogJson('--search', 'TINKOFF.RU')).map((e) => e.id)).toEqual(['t-bank'])
    expect(await catalogJson('--search', 'no-such-service-anywhere')).toEqual([])
  })

  it('prints one line per entry for people, and needs no data folder nor its lock', async () => {
    // Another copy holds this folder: commands that open it refuse with exit code 3.
    const data = join(await tempDir(), 'data')
    await openCore(data)
    expect((await unlinker('discover', EXPORT, '--data', data)).code).toBe(3)
    const { code, out } = await unlinker('catalog', '--search', 'сбер', '--data', data)
    expect(code).toBe(0)
    const sber = out.split('\n').find((line) => / sber /.test(line))
    expect(sber).toMatch(/^Sber \(Sberbank\) +sber +bank +login,sms2fa\S* +SMS curated/)
    expect(out).toMatch(/^\d+ (entry|entries) \(SMS = can send codes by SMS or a call\)\.$/m)
    const all = await unlinker('catalog')
    expect(all.out.trim().split('\n').length).toBeGreaterThan(2500)
  })

  it('is in the usage text', async () => {
    const { out } = await unlinker('--help')
    expect(out).toContain('catalog [--search TEXT] [--json]')
    expect(out).toContain(
      'discover FILE [--data DIR] [--number NUMBER] [--sim SUB_ID=NUMBER]… [--apply] [--json]'
    )
  })
})
