import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'
import type { Source } from '../../../src/core/knowledge/knowledge-schema'

const knowledge = appKnowledge()
const SERVICE_PLAYBOOKS = knowledge.services.filter((s) => s.playbook)

/** Auto-generated sites: a fact whose only source is one of them stays out. */
const AI_FARM = [
  'gosuslugisovet.ru',
  'sberfaq.ru',
  'wb-guide.ru',
  'ozon-guide.ru',
  'whatsapp-tips.com',
  'fiberleaque.ru',
  'loveliner.ru',
  'oilbasher.ru',
  'parfumeriums.ru',
  'lerrome.ru',
  'wearenorm.ru',
  'katyusha-ras.ru'
]

function sourcesOf(): Array<{ where: string; sources: Source[] }> {
  const out: Array<{ where: string; sources: Source[] }> = []
  for (const s of SERVICE_PLAYBOOKS) {
    for (const part of ['steps', 'waits', 'route', 'stranger'] as const)
      for (const f of s.playbook![part])
        out.push({ where: `${s.id}.${part}.${f.id}`, sources: f.sources })
    for (const c of s.playbook!.contacts)
      out.push({ where: `${s.id}.contacts.${c.id}`, sources: c.sources })
    const foreign = s.phone.foreignNumber
    if (foreign && foreign.value !== 'unknown')
      out.push({ where: `${s.id}.foreign`, sources: foreign.sources })
  }
  return out
}

describe('service playbooks', () => {
  it('cover at least 15 services, each one in the catalog', () => {
    expect(SERVICE_PLAYBOOKS.length).toBeGreaterThanOrEqual(15)
    const catalog = appCatalog()
    for (const { id } of SERVICE_PLAYBOOKS) expect(catalog.find(id), id).toBeDefined()
  })

  it('give every fact at least one source, with an https address and a tag', () => {
    const facts = sourcesOf()
    expect(facts.length).toBeGreaterThan(60)
    for (const { where, sources } of facts) {
      expect(sources.length, where).toBeGreaterThan(0)
      for (const source of sources) {
        expect(new URL(source.url).protocol, `${where} ${source.url}`).toBe('https:')
        expect(['official', 'news', 'dataset', 'unofficial'], where).toContain(source.kind)
        if (source.date) expect(source.date, where).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
      }
    }
  })

  it('rest on no auto-generated article', () => {
    const all = [
      ...sourcesOf().flatMap((f) => f.sources),
      ...[...knowledge.kinds.values()].flatMap((k) => k.stranger.flatMap((f) => f.sources))
    ]
    for (const { url } of all)
      for (const farm of AI_FARM) expect(new URL(url).host.endsWith(farm), url).toBe(false)
  })

  it('label blog and forum sources as unofficial, and the window says to check them in the app', () => {
    const tags = new Map(sourcesOf().flatMap((f) => f.sources.map((s) => [s.url, s.kind])))
    // A few the fact sheet marks [UNOFF]: never promoted to official or news.
    for (const url of [
      'https://zvonyaka.ru/kak-ubrat-telefon-s-avito',
      'https://php.bkmy88.com/faq/1974587.html',
      'https://brianmahoney.ca/2015/01/wechat-change-your-phone-number-and-email/comment-page-2/',
      'https://tginfo.me/change-phone-number',
      'https://amulex.ru/daily/howto/kak-vosstanovit-parol-v-lichnyj-kabinet-na-mos-ru/amp'
    ])
      expect(tags.get(url), url).toBe('unofficial')
    const labels = Object.fromEntries(
      ['en', 'ru', 'zh-CN'].map((lang) => {
        const messages = JSON.parse(
          readFileSync(join(__dirname, `../../../locales/${lang}.json`), 'utf8')
        ) as { guidance: { tags: Record<string, string> } }
        return [lang, messages.guidance.tags.unofficial]
      })
    )
    expect(labels.en).toMatch(/unofficial — check in the app/)
    expect(labels.ru).toMatch(/неофициально — проверьте в приложении/)
    expect(labels['zh-CN']).toMatch(/非官方/)
  })

  it('answer whether a foreign number is accepted only with a source', () => {
    for (const s of knowledge.services) {
      const foreign = s.phone.foreignNumber
      if (foreign && foreign.value !== 'unknown')
        expect(foreign.sources.length, s.id).toBeGreaterThan(0)
    }
    expect(knowledge.service.get('yandex-id')?.phone.foreignNumber?.value).toBe('yes')
    expect(knowledge.service.get('gosuslugi')?.phone.foreignNumber).toBeUndefined()
  })
})
