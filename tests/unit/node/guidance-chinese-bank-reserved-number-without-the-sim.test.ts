import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/domain/account'
import type { Case } from '../../../src/shared/domain/case'
import { resolveGuidance } from '../../../src/core/guidance/resolve-guidance'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'

const knowledge = appKnowledge()
const TODAY = '2026-12-01'

/** A Chinese number cancelled 100 days ago: past the 90 days after which it may be reissued. */
const reissuable: Case = {
  id: 'case-000001',
  number: '+8613812345678',
  country: 'CN',
  carrier: 'china-mobile',
  status: 'confirmed',
  cancellationDate: '2026-08-23',
  lastUseDate: null,
  reassignDays: null
} as unknown as Case

function account(catalogId: string, playbook: Account['playbook']): Account {
  return {
    id: 'account-0001',
    name: catalogId,
    category: 'bank',
    usages: ['login', 'sms2fa'],
    settingsUrl: null,
    notes: '',
    status: 'todo',
    caseId: reissuable.id,
    catalogId,
    playbook,
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

const guidance = (catalogId: string, playbook: Account['playbook'], language = 'en') =>
  resolveGuidance({
    account: account(catalogId, playbook),
    owner: reissuable,
    today: TODAY,
    language,
    knowledge
  })

describe("a Chinese bank's reserved number once the SIM may be someone else's", () => {
  it('ICBC: the counter change stays offered, needs no code to the old number, and rests on its own FAQ', () => {
    const g = guidance('icbc', 'bank')
    expect(g.phase).toBe('possiblyReassigned')
    const counter = g.serviceSteps.find((s) => /ICBC outlet/.test(s.text))
    expect(counter?.needsOldSim).toBe('no')
    expect(counter?.sources.every((s) => s.url.startsWith('https://www.icbc.com.cn/'))).toBe(true)
    expect(counter?.sources.every((s) => s.tag === 'official')).toBe(true)
    expect(g.route[0]?.text).toMatch(/at the counter takes no code to the old number/)
    expect(g.waits.map((w) => w.text).join(' ')).toMatch(/15 minutes/)
    expect(g.stranger.map((s) => s.text).join(' ')).toMatch(/quick payment/)
    const icbc = knowledge.service.get('icbc')!
    expect(icbc.phone.inPersonOnly?.value).toBe('yes')
    expect(icbc.phone.needsOldSim?.value).toBe('no')
  })

  it('each of the five banks shows the branch route with the card and ID, from a dated press report', () => {
    for (const id of ['icbc', 'ccb', 'bank-of-china', 'abc', 'cmb']) {
      for (const language of ['en', 'ru', 'zh-CN']) {
        const g = guidance(id, 'bank', language)
        const branch = g.route.find((r) => r.sources.some((s) => s.url.includes('dvbcn.com')))
        expect(branch, `${id} ${language}`).toBeDefined()
        expect(branch!.needsOldSim).toBe('no')
        expect(branch!.sources[0]).toMatchObject({ tag: 'news', date: '2018-08-30' })
      }
      expect(guidance(id, 'bank').route.find((r) => /branch/.test(r.text))?.text).toMatch(/ID card/)
    }
    expect(
      guidance('ccb', 'bank', 'zh-CN')
        .route.map((r) => r.text)
        .join('')
    ).toMatch(/身份证/)
  })

  it('ABC says no to a foreign number, on its own mobile-banking page', () => {
    const g = guidance('abc', 'bank')
    expect(g.foreignNumber.answer).toBe('no')
    expect(g.foreignNumber.text).toMatch(/China Mobile, China Unicom or China Telecom/)
    expect(g.foreignNumber.sources[0]).toMatchObject({ tag: 'official' })
    expect(g.foreignNumber.sources[0]!.url).toMatch(/^https:\/\/www\.abchina\.com\//)
    // The others have no page that says, so they say nothing.
    expect(guidance('ccb', 'bank').foreignNumber.answer).toBe('notKnown')
  })

  it('WeChat: freezing comes first, and its Pay line rests on its own help page', () => {
    const g = guidance('wechat', 'messenger')
    expect(g.route[0]?.text).toMatch(/freeze the account/)
    const line = g.contacts.find((c) => c.phone === '95017')!
    expect(
      line.sources.some((s) => s.tag === 'official' && s.url.includes('pay.weixin.qq.com'))
    ).toBe(true)
  })
})
