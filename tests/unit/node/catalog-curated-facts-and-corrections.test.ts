import { describe, expect, it } from 'vitest'
import { appCatalog, curatedEntries } from '../../../src/core/catalog/catalog'

const catalog = appCatalog()
const CURATED = curatedEntries()
const owner = (domain: string) => catalog.ownerOf(domain)?.id

describe('the merged catalog', () => {
  it('knows thousands of services, hundreds that send codes, with unique ids', () => {
    const entries = catalog.entries
    expect(entries.length).toBeGreaterThanOrEqual(2500)
    expect(entries.filter((e) => e.smsOrCall).length).toBeGreaterThanOrEqual(800)
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    const links = entries.flatMap((e) => Object.values(e.links))
    expect(links.filter((l) => !/^https:\/\/\S+$/.test(l))).toEqual([])
  })

  it('has at least 200 curated entries, a hundred each with established Russian and Chinese names', () => {
    expect(CURATED.length).toBeGreaterThanOrEqual(200)
    const ru = CURATED.filter((e) => e.names.ru)
    const zh = CURATED.filter((e) => e.names['zh-CN'])
    expect(ru.length).toBeGreaterThanOrEqual(100)
    expect(zh.length).toBeGreaterThanOrEqual(100)
    expect(ru.filter((e) => !/[\u0400-\u04ff]/.test(e.names.ru!)).map((e) => e.id)).toEqual([])
    expect(zh.filter((e) => !/[\u4e00-\u9fff]/.test(e.names['zh-CN']!)).map((e) => e.id)).toEqual(
      []
    )
  })

  it('gives every curated entry roles and a domain, no domain to two curated entries', () => {
    expect(CURATED.filter((e) => e.domains.length === 0).map((e) => e.id)).toEqual([])
    expect(CURATED.filter((e) => e.roles.length === 0 && !e.closed).map((e) => e.id)).toEqual([])
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const e of CURATED)
      for (const d of e.domains) {
        if (seen.has(d)) twice.push(`${d}: ${seen.get(d)} and ${e.id}`)
        seen.set(d, e.id)
      }
    expect(twice).toEqual([])
  })

  it('cites an https page for every service-specific statement', () => {
    const facts = catalog.entries.flatMap((e) => e.facts.map((f) => ({ id: e.id, ...f })))
    expect(facts.length).toBeGreaterThanOrEqual(6)
    for (const f of facts) {
      expect(f.source, f.id).toMatch(/^https:\/\/\S+$/)
      expect(['official', 'news', 'dataset', 'unofficial'], f.id).toContain(f.tag)
    }
  })
})

describe('corrections of the curated layer', () => {
  it('marks QIWI closed, with the source, and keeps it', () => {
    const qiwi = catalog.find(owner('qiwi.com') ?? '')
    expect(qiwi).toMatchObject({ curated: true, closed: true })
    expect(qiwi!.facts.map((f) => f.kind)).toContain('closed')
  })

  it('says who sends SMS codes as the data sets do: not PayPal, Steam or Alibaba Cloud; Booking and DiDi do', () => {
    const paypal = catalog.find('paypal')!
    expect(paypal.smsOrCall).toBe(false)
    expect(paypal.roles).not.toContain('sms2fa')
    expect(catalog.find('booking')?.smsOrCall).toBe(true)
    expect(catalog.find('didi')?.smsOrCall).toBe(true)
    const steam = catalog.find('steam')!
    expect(steam.smsOrCall).toBe(false)
    expect(steam.roles).toEqual(['recovery'])
    expect(catalog.find('alibaba-cloud')?.smsOrCall).toBe(false)
  })

  it('does not call Baidu an e-mail service, and says MAX takes only Russian and Belarusian numbers', () => {
    expect(catalog.find('baidu')?.category).not.toBe('email')
    const max = catalog.find('max')!
    expect(max.domains).toContain('max.ru')
    expect(max.facts.find((f) => f.kind === 'domesticNumbersOnly')?.source).toMatch(/^https:/)
  })

  it('gives the big services all their domains, and wx.qq.com to WeChat', () => {
    expect(['yandex.ru', 'yandex.com', 'ya.ru'].map(owner)).toEqual(Array(3).fill('yandex-id'))
    expect(['google.com', 'gmail.com', 'youtube.com'].map(owner)).toEqual(Array(3).fill('google'))
    expect(['live.com', 'outlook.com', 'xbox.com', 'skype.com'].map(owner)).toEqual(
      Array(4).fill('microsoft')
    )
    expect(owner('meta.com')).toBe('facebook')
    expect(['amazon.com', 'amazon.de', 'amazon.co.uk', 'amazon.co.jp'].map(owner)).toEqual(
      Array(4).fill('amazon')
    )
    expect(owner('wx.qq.com')).toBe('wechat')
    expect(owner('qq.com')).toBe('qq')
    expect(owner('tinkoff.ru')).toBe('t-bank')
  })

  it('finds a service by any of its names in any script', () => {
    const ids = (text: string) => catalog.search({ text }).entries.map((e) => e.id)
    for (const text of ['сбер', 'Сбербанк', 'sber', 'SBERBANK'])
      expect(ids(text), text).toContain('sber')
    expect(ids('微信')).toContain('wechat')
    expect(ids('支付宝')).toContain('alipay')
    expect(ids('госуслуги')).toContain('gosuslugi')
    expect(ids('谷歌')).toContain('google')
  })
})
