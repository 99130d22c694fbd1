import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/domain/account'
import type { Case } from '../../../src/shared/domain/case'
import type { PlaybookKind } from '../../../src/shared/domain/playbook-kind'
import { resolveGuidance } from '../../../src/core/guidance/resolve-guidance'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'

const knowledge = appKnowledge()
const KOSTROMA = 'ru24.pro/kostroma'
const SAKHALIN = 'worldinform.ru'

function caseIn(country: 'RU' | 'CN'): Case {
  return {
    id: 'case-000001',
    number: country === 'RU' ? '+79123456789' : '+8613812345678',
    country,
    carrier: country === 'RU' ? 'mts' : 'china-mobile',
    status: 'confirmed',
    cancellationDate: '2026-11-20',
    lastUseDate: null,
    reassignDays: null
  } as unknown as Case
}

function account(catalogId: string | null, kind: PlaybookKind): Account {
  return {
    id: 'account-0001',
    name: catalogId ?? 'A shop',
    category: 'marketplace',
    usages: ['login'],
    settingsUrl: null,
    notes: '',
    status: 'todo',
    caseId: 'case-000001',
    catalogId,
    playbook: kind,
    replacement: null,
    phoneCodes: null,
    lockedOut: false,
    recoversOthers: false,
    ticked: [],
    customSteps: [],
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z'
  }
}

function storyUrls(catalogId: string | null, kind: PlaybookKind, country: 'RU' | 'CN'): string {
  return ['en', 'ru', 'zh-CN']
    .flatMap((language) =>
      resolveGuidance({
        account: account(catalogId, kind),
        owner: caseIn(country),
        today: '2026-12-01',
        language,
        knowledge
      }).stranger.flatMap((f) => f.sources.map((s) => s.url))
    )
    .join(' ')
}

describe("a kind's stories follow the service's country", () => {
  it('a Chinese shop is not told of the Kostroma case in rubles, a Russian one is', () => {
    expect(storyUrls('taobao', 'marketplace', 'CN')).not.toContain(KOSTROMA)
    expect(storyUrls('taobao', 'marketplace', 'RU')).not.toContain(KOSTROMA)
    expect(storyUrls('ozon', 'marketplace', 'RU')).toContain(KOSTROMA)
  })

  it('a shop the catalog does not know follows the old number: Chinese, no; Russian, yes', () => {
    expect(storyUrls(null, 'marketplace', 'CN')).not.toContain(KOSTROMA)
    expect(storyUrls(null, 'marketplace', 'RU')).toContain(KOSTROMA)
  })

  it('a Chinese bank is not told of the Sakhalin loan', () => {
    const icbc = knowledge.service.get('icbc')!
    expect(icbc.regions).toContain('cn')
    expect(storyUrls('icbc', 'bank', 'CN')).not.toContain(SAKHALIN)
    expect(storyUrls('sber', 'bank', 'RU')).toContain(SAKHALIN)
  })
})
