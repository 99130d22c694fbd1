import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'
import type { Statement } from '../../../src/core/knowledge/knowledge-schema'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

/** Machine-written sites the fact sheet names: never a source, not even beside another. */
const AI_FARMS = [
  'gosuslugisovet.ru',
  'sberfaq.ru',
  'wb-guide.ru',
  'ozon-guide.ru',
  'whatsapp-tips.com',
  'katyusha-ras.ru'
]

/** Every statement of the carrier and country files, with where it is. */
function statements(): Array<{ where: string; statement: Statement }> {
  const k = appKnowledge()
  const out: Array<{ where: string; statement: Statement }> = []
  const add = (where: string, list: readonly Statement[]): void => {
    for (const statement of list) out.push({ where: `${where}.${statement.id}`, statement })
  }
  for (const c of k.carriers) {
    add(`carriers/${c.id}.termination`, c.termination)
    for (const [a, list] of Object.entries(c.alternatives)) add(`carriers/${c.id}.${a}`, list)
  }
  for (const c of k.countries.values()) {
    add(`countries/${c.country}.stateChecks`, c.stateChecks)
    add(`countries/${c.country}.termination`, c.termination)
    add(`countries/${c.country}.fromAbroad`, c.fromAbroad)
    for (const [a, list] of Object.entries(c.alternatives)) add(`countries/${c.country}.${a}`, list)
  }
  return out
}

async function guide(country: string, carrier: string, language: string) {
  const core = await openCore(await tempDir())
  return must(core, 'getCancellationGuide', { country, carrier, language })
}

describe('the carrier and country files', () => {
  it('give every fact at least one https source with its kind, never a machine-written site', () => {
    const all = statements()
    expect(all.length).toBeGreaterThan(15)
    for (const { where, statement } of all) {
      expect(statement.sources.length, where).toBeGreaterThan(0)
      for (const source of statement.sources) {
        const url = new URL(source.url)
        expect(url.protocol, `${where} ${source.url}`).toBe('https:')
        expect(
          AI_FARMS.some((farm) => url.host.endsWith(farm)),
          source.url
        ).toBe(false)
        expect(['official', 'news', 'dataset', 'unofficial'], where).toContain(source.kind)
      }
    }
  })

  it('label each kind of source in every language, the unofficial ones to be checked', () => {
    for (const messages of [en, ru, zhCN])
      for (const kind of ['official', 'news', 'dataset', 'unofficial'])
        expect((messages.carrier.tags as Record<string, string>)[kind], kind).toBeTruthy()
    expect(en.carrier.tags.unofficial).toMatch(/^Unofficial — check/)
    expect(ru.carrier.tags.unofficial).toMatch(/^Неофициально — уточните/)
    expect(zhCN.carrier.tags.unofficial).toMatch(/^非官方/)
  })
})

describe('the cancellation guide', () => {
  it('gives a Russian number its carrier’s facts, the law for every carrier, and the clocks', async () => {
    const g = await guide('RU', 't2', 'en')
    expect(g.carrier).toEqual({ id: 't2', name: 'T2' })
    expect(g.carriers.map((c) => c.id).sort()).toEqual(['beeline', 'megafon', 'mts', 't2', 'yota'])
    expect(g.termination.map((f) => f.id)).toEqual(['t2Stores', 't2Attorney', 't2Balance'])
    expect(g.termination.every((f) => f.tag === 'official')).toBe(true)
    expect(g.termination[0]!.text).toMatch(/T2 ends contracts only in its stores/)
    expect(g.termination[0]!.sources[0]).toMatchObject({
      kind: 'official',
      host: 'lipetsk.tele2.ru'
    })
    expect(g.countryTermination.map((f) => f.id)).toEqual(['anyTime'])
    expect(g.fromAbroad.map((f) => f.id)).toContain('consulateCertifies')
    expect(g.stateChecks.map((f) => f.id)).toContain('simList')
    expect(g.clocks.reissue.days).toBe(60)
    expect(g.clocks.inactivity?.days).toBe(90)
    expect(g.clocks.reissue.sources[0]).toMatchObject({ tag: 'news' })
    expect(g.storeChecklist[0]).toBe('call')
    // T2's own list of what to bring (an ID, a representative's power of attorney, no debt)
    // has no proof of address, and no other carrier's page says one is needed.
    expect(g.storeChecklist).not.toContain('address')
  })

  it('says what it knows of each carrier, and nothing of Yota it cannot source', async () => {
    expect((await guide('RU', 'yota', 'en')).termination).toEqual([])
    const mts = await guide('RU', 'mts', 'en')
    expect(mts.carrierAlternatives).toEqual(['suspend', 'port'])
    expect(mts.alternatives.port.map((f) => f.id)).toEqual(
      expect.arrayContaining(['mtsPortConditions', 'mtsPortTiming'])
    )
    expect(mts.alternatives.port.map((f) => f.id)).not.toContain('megafonPortFee')
    // Another carrier's facts stand apart, under that carrier's name.
    expect(mts.otherCarriers.port.map((o) => o.carrier.id)).toContain('megafon')
  })

  it("shows a MegaFon user MegaFon's facts, and MTS's only apart, marked as MTS's", async () => {
    const megafon = await guide('RU', 'megafon', 'en')
    const own = Object.values(megafon.alternatives).flatMap((list) => list.map((f) => f.id))
    expect(own.some((id) => id.startsWith('mts'))).toBe(false)
    expect(megafon.alternatives.port.map((f) => f.id)).toContain('megafonPortFee')
    expect(megafon.otherCarriers.suspend.map((o) => o.carrier.id)).toEqual(['mts'])
    expect(megafon.otherCarriers.port[0]!.facts.map((f) => f.id)).toContain('mtsPortConditions')
    expect((await guide('RU', 'T2 typed by hand', 'en')).carrier).toBeNull()
  })

  it('speaks the asked language, and shows an IDN source’s host in Unicode', async () => {
    const ruGuide = await guide('RU', 't2', 'ru')
    expect(ruGuide.termination[0]!.text).toMatch(/расторгает договор/)
    const zh = await guide('RU', 't2', 'zh-CN')
    expect(zh.termination[0]!.text).toMatch(/解约/)
    const hosts = ruGuide.stateChecks.flatMap((f) => f.sources.map((s) => s.host))
    expect(hosts).toContain('моифинансы.рф')
    expect(hosts.some((h) => h.startsWith('xn--'))).toBe(false)
  })

  it('gives a Chinese number its state checks and clock, and a country it does not know the safe defaults', async () => {
    const cn = await guide('CN', '', 'zh-CN')
    expect(cn.stateChecks.map((f) => f.id)).toContain('recycledRenewal')
    expect(cn.clocks.reissue.days).toBe(90)
    expect(cn.clocks.inactivity).toBeNull()
    const de = await guide('DE', '', 'en')
    expect(de).toMatchObject({ carriers: [], termination: [], stateChecks: [] })
    expect(de.clocks).toEqual({
      reissue: { days: 60, sources: [] },
      inactivity: null,
      unpaid: null
    })
  })

  it('offers a Chinese number the Chinese carriers, the 身份证 checklist and an unknown cut-off delay', async () => {
    const cn = await guide('CN', 'china-unicom', 'zh-CN')
    expect(cn.carriers.map((c) => c.id).sort()).toEqual([
      'china-broadnet',
      'china-mobile',
      'china-telecom',
      'china-unicom'
    ])
    expect(cn.carrier).toEqual({ id: 'china-unicom', name: 'China Unicom' })
    // Nothing reliable is published on how each ends a contract: said as unknown.
    expect(cn.termination).toEqual([])
    expect(cn.storeChecklist).toContain('idCard')
    expect(cn.storeChecklist).not.toContain('passport')
    // The carrier cuts an unpaid number off after a delay no source gives.
    expect(cn.clocks.unpaid).toEqual({ days: null, sources: [] })
    expect(cn.alternatives.port.map((f) => f.id)).toEqual(['keepNumber'])
    // A foreign citizen's Chinese number is registered with a passport.
    const core = await openCore(await tempDir())
    const foreign = await must(core, 'getCancellationGuide', {
      country: 'CN',
      carrier: 'china-unicom',
      language: 'en',
      foreignCitizen: true
    })
    expect(foreign.storeChecklist).toContain('passport')
    expect(foreign.storeChecklist).not.toContain('idCard')
    // A Russian number keeps its passport either way.
    expect((await guide('RU', 'mts', 'en')).storeChecklist).toContain('passport')
  })

  it('puts the credit self-ban and the payment alias among a Russian number’s checks, before cancelling', async () => {
    const ru = await guide('RU', 'mts', 'ru')
    // In the order to do them: the SIM list, then the credit self-ban and СБП.
    expect(ru.stateChecks.map((f) => f.id).slice(0, 3)).toEqual(['simList', 'creditSelfBan', 'sbp'])
    const ban = ru.stateChecks.find((f) => f.id === 'creditSelfBan')!
    expect(ban.text).toMatch(/самозапрет на кредиты/)
    expect(ban.sources.map((x) => x.host)).toContain('vedomosti.ru')
    expect(ru.fromAbroad.map((f) => f.id)).toContain('backFromRoaming')
    // A citizen's number shows no risk of the foreigners' cut-off; a foreign citizen's does.
    expect(ru.risks).toEqual([])
    const core = await openCore(await tempDir())
    const foreign = await must(core, 'getCancellationGuide', {
      country: 'RU',
      carrier: 'mts',
      language: 'en',
      foreignCitizen: true
    })
    expect(foreign.risks.map((f) => f.id)).toEqual(['foreignersCutOff'])
    expect(foreign.risks[0]!.text).toMatch(/1 July 2025/)
    // Handing the number over: T2's own page, shown to an MTS user as another carrier's.
    expect(ru.alternatives.handOver).toEqual([])
    expect(ru.otherCarriers.handOver.map((o) => o.carrier.id)).toEqual(['t2'])
    const t2 = await guide('RU', 't2', 'en')
    expect(t2.alternatives.handOver.map((f) => f.id)).toEqual(['t2Renewal'])
    expect(t2.alternatives.handOver[0]!.tag).toBe('official')
  })

  it('refuses a country that is not a country code', async () => {
    const core = await openCore(await tempDir())
    const result = await core.invoke('getCancellationGuide', { country: 'russia', language: 'en' })
    expect(result.ok).toBe(false)
  })
})
