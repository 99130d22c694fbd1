import { describe, expect, it } from 'vitest'
import { categoryOfSite } from '../../../scripts/catalog/category-table'
import { cleanDomain, cleanName } from '../../../scripts/catalog/clean-text'
import { foldCandidates } from '../../../scripts/catalog/fold-candidates'
import { generateCatalog, type DataSets } from '../../../scripts/catalog/generate-entries'
import type { LinkLists } from '../../../scripts/catalog/link-rules'
import { mergeLayers } from '../../../src/core/catalog/merge-layers'
import { NO_PLAN_FACTS, type CatalogEntry } from '../../../src/shared/catalog/catalog-values'

const LISTS: LinkLists = {
  shared: ['zendesk.com', 'onetrust.com'],
  denied: ['contentfarm.net']
}

type TwoFa = DataSets['twoFa'][string][string]

/** Data sets shaped like the real ones, each site carrying one trap of the rules. */
function sets(): DataSets {
  const twoFa = (name: string, domain: string, more: Partial<TwoFa> = {}) => ({
    [`entries/${domain[0]}/${domain}.json`]: { [name]: { domain, ...more } }
  })
  return {
    twoFa: {
      ...twoFa('Office Suite', 'suite.net', {
        'additional-domains': ['chatter.net'],
        recovery: 'https://help.elsewhere.net/recover'
      }),
      ...twoFa('Shop World', 'shopworld.com', { 'additional-domains': ['shopworld.de'] }),
      ...twoFa('Bank &amp; Trust\u202e', 'banktrust.com'),
      ...twoFa('Rider', 'rider.net', { 'additional-domains': ['rider99.net'] })
    },
    justDeleteMe: [
      // Another service, joined through the suite's further domain: not its deletion page.
      {
        name: 'Chatter',
        url: 'https://chatter.net/network/settings',
        domains: ['chatter.net']
      },
      // A home page is no way to close an account; a help desk's form is.
      { name: 'Shop World', url: 'https://shopworld.com/', domains: ['shopworld.com'] },
      {
        name: 'Bank & Trust',
        url: 'https://banktrust.zendesk.com/hc/requests/new',
        domains: ['banktrust.com']
      },
      { name: 'Farmed', url: 'https://contentfarm.net/delete', domains: ['farmed.net'] },
      { name: 'Terms Site', url: 'https://terms.net/legal/terms', domains: ['terms.net'] },
      {
        name: 'Broken TLD',
        url: 'https://nowhere.invalidtld/delete',
        domains: ['nowhere.invalidtld']
      },
      {
        name: 'Сбербанк Онлайн',
        url: 'https://online.sber.net/close',
        domains: ['sber.net']
      },
      { name: '招商银行', url: 'https://cmb.net/close', domains: ['cmb.net'] },
      { name: 'Почта Мира', url: 'https://pochta.net/close', domains: ['pochta.net'] },
      {
        name: 'Quiet Games',
        url: 'https://games.net/account/delete',
        domains: ['games.net']
      },
      {
        name: 'Портал',
        url: 'https://xn--80awhdgm.xn--p1ai/delete',
        domains: ['xn--80awhdgm.xn--p1ai']
      }
    ],
    changePasswordUrls: {
      // The German site's page must not stand in for the main site's.
      'shopworld.de': 'https://www.shopworld.de/account/password',
      'banktrust.com': 'https://banktrust.com/login?next=/settings/password'
    },
    sharedCredentials: []
  }
}

describe('the catalog generator', () => {
  const { entries, report } = generateCatalog(sets(), LISTS)
  const named = (name: string) => entries.find((e) => e.name === name)

  it('keeps a link only on the entry’s own site or a shared help desk, and counts the rest', () => {
    expect(named('Office Suite')?.links.recovery).toBeUndefined()
    expect(named('Bank & Trust')?.links.deletion).toBe(
      'https://banktrust.zendesk.com/hc/requests/new'
    )
    expect(named('Farmed')?.links.deletion).toBeUndefined()
    expect(report.linksDropped.notOwnHost).toBe(1)
    expect(report.linksDropped.denylisted).toBe(1)
  })

  it('never takes a home or terms page for "close the account", nor another service’s page', () => {
    expect(named('Shop World')?.links.deletion).toBeUndefined()
    expect(named('Terms Site')?.links.deletion).toBeUndefined()
    expect(report.linksDropped.homeOrTerms).toBe(2)
    expect(named('Office Suite')?.links.deletion).toBeUndefined()
    expect(report.linksDropped.otherService).toBe(1)
    expect(named('Quiet Games')?.links.deletion).toBe('https://games.net/account/delete')
  })

  it('takes no settings link from another country’s site or a sign-in page', () => {
    expect(named('Shop World')?.links.changePassword).toBeUndefined()
    expect(named('Bank & Trust')?.links.changePassword).toBeUndefined()
    expect(report.linksDropped.otherCountrySite).toBe(1)
    expect(report.linksDropped.signInPage).toBe(1)
  })

  it('decodes entities, strips hidden direction marks, drops invalid TLDs and writes IDNs in Unicode', () => {
    expect(named('Bank & Trust')).toBeDefined()
    expect(report.namesCleaned).toBe(1)
    expect(named('Broken TLD')).toBeUndefined()
    expect(report.domainsDropped).toBe(1)
    expect(named('Портал')?.domains).toEqual(['портал.рф'])
  })

  it('gives JustDeleteMe-only sites a category from their words in any language, "other" when none', () => {
    expect(named('Сбербанк Онлайн')?.category).toBe('bank')
    expect(named('招商银行')?.category).toBe('bank')
    expect(named('Почта Мира')?.category).toBe('email')
    expect(named('Quiet Games')?.category).toBe('other')
    expect(report.otherBefore).toBeGreaterThan(report.otherAfter)
  })
})

describe('the category table', () => {
  const cases: Array<[string, string[], string]> = [
    ['Example Bank', ['examplebank.com'], 'bank'],
    ['Пример Банк', ['primer.ru'], 'bank'],
    ['示例银行', ['example.cn'], 'bank'],
    ['PayByPhone', ['paybyphone.com'], 'payments'],
    ['Кошелёк', ['koshelek.ru'], 'payments'],
    ['钱包', ['wallet.cn'], 'payments'],
    ['Tutanota Mail', ['tuta.com'], 'email'],
    ['Электронная почта', ['mail.example'], 'email'],
    ['邮箱大师', ['dashi.example'], 'email'],
    ['Gentoo Forums', ['forums.gentoo.org'], 'social'],
    ['Форум', ['forum.example'], 'social'],
    ['论坛', ['bbs.example'], 'social'],
    ['World Market', ['worldmarket.com'], 'marketplace'],
    ['Интернет-магазин', ['shop.example'], 'marketplace'],
    ['购物', ['gouwu.example'], 'marketplace'],
    ['Rail Europe', ['raileurope.com'], 'transport'],
    ['Такси', ['taxi.example'], 'transport'],
    ['铁路', ['tielu.example'], 'transport'],
    ['Recreation', ['recreation.gov'], 'government'],
    ['Госуслуги', ['gosuslugi.example'], 'government'],
    ['政务服务', ['zwfw.example'], 'government'],
    ['Boingo Wireless', ['boingo.com'], 'telecom'],
    ['Apex Hosting', ['apexhosting.gdn'], 'work'],
    // Words that only look like a category stay out.
    ['AirGPU', ['airgpu.com'], 'other'],
    ['Stack Exchange', ['stackexchange.com'], 'other'],
    ['Marketing Hub', ['marketinghub.example'], 'other'],
    ['Mashable', ['shop.mashable.com'], 'other'],
    ['Mistral AI', ['chat.mistral.ai'], 'other']
  ]
  for (const [name, domains, category] of cases)
    it(`${name} (${domains[0]}) → ${category}`, () =>
      expect(categoryOfSite(name, domains)).toBe(category))
})

describe('names and domains', () => {
  it('clean names and domains as the generator writes them', () => {
    expect(cleanName('Deutsche Apotheker- und &Auml;rztebank')).toBe(
      'Deutsche Apotheker- und Ärztebank'
    )
    expect(cleanName('Evil\u202Egnp.exe\u0007 ')).toBe('Evilgnp.exe')
    expect(cleanDomain('WWW.Example.COM/forum')).toBe('example.com')
    expect(cleanDomain('example.com.evil')).toBe('')
    expect(cleanDomain('xn--80aswg.xn--p1ai')).toBe('сайт.рф')
  })
})

describe('folding generated entries into curated ones', () => {
  const entry = (
    id: string,
    domains: string[],
    links: CatalogEntry['links'] = {}
  ): CatalogEntry => ({
    id,
    name: id,
    names: { en: id },
    aliases: [],
    category: 'other',
    regions: [],
    roles: [],
    smsOrCall: false,
    tfa: [],
    playbook: 'generic',
    domains,
    links,
    curated: false,
    sources: {},
    facts: [],
    closed: false,
    ownPlaybook: false,
    plan: NO_PLAN_FACTS
  })
  const curated = [{ ...entry('msft', ['microsoft.com', 'live.com']), curated: true }]
  const generated = [
    entry('m365', ['office.com', 'yammer.com'], {
      deletion: 'https://www.yammer.com/network/settings',
      changePassword: 'https://account.live.com/password/change'
    }),
    entry('azure', ['azure.microsoft.com'])
  ]

  it('folds only what the review lists, and adds only links to the curated entry’s own site', () => {
    const merged = mergeLayers(curated, generated, new Map([['m365', 'msft']]))
    expect(merged.map((e) => e.id)).toEqual(['msft', 'azure'])
    const msft = merged[0]!
    expect(msft.domains).toEqual(['microsoft.com', 'live.com', 'office.com', 'yammer.com'])
    expect(msft.links.deletion).toBeUndefined()
    expect(msft.links.changePassword).toBe('https://account.live.com/password/change')
  })

  it('proposes generated entries under a curated domain for review until folded or kept apart', () => {
    const services = [{ id: 'msft', domains: ['microsoft.com'], foldsIn: ['m365'] }]
    expect(foldCandidates(services, generated).map((c) => c.generated)).toEqual(['azure'])
    expect(foldCandidates([{ ...services[0]!, keptApart: ['azure'] }], generated)).toEqual([])
  })
})
