import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/domain/account'
import { playbookForCategory } from '../../../src/shared/domain/account-values'
import type { Case } from '../../../src/shared/domain/case'
import type { Guidance } from '../../../src/shared/domain/guidance'
import { PLAYBOOK_KINDS, type PlaybookKind } from '../../../src/shared/domain/playbook-kind'
import { resolveGuidance } from '../../../src/core/guidance/resolve-guidance'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'

const TODAY = '2026-12-01'
const LANGUAGES = ['en', 'ru', 'zh-CN'] as const
type Language = (typeof LANGUAGES)[number]

const planned: Case = {
  id: 'case-000001',
  number: '+79123456789',
  country: 'RU',
  carrier: 'mts',
  status: 'planned',
  cancellationDate: null,
  lastUseDate: null,
  reassignDays: null
} as unknown as Case

/** Where the SIM no longer answers: cancelled 11 days ago, 100 days ago, or locked out. */
const WITHOUT_SIM: Array<{ label: string; owner: Case; lockedOut: boolean }> = [
  {
    label: 'cancelled',
    owner: { ...planned, status: 'confirmed', cancellationDate: '2026-11-20' },
    lockedOut: false
  },
  {
    label: 'possibly reassigned',
    owner: { ...planned, status: 'confirmed', cancellationDate: '2026-08-23' },
    lockedOut: false
  },
  { label: 'locked out while the SIM works', owner: planned, lockedOut: true },
  {
    label: 'cancelled and locked out',
    owner: { ...planned, status: 'confirmed', cancellationDate: '2026-11-20' },
    lockedOut: true
  },
  {
    label: 'possibly reassigned and locked out',
    owner: { ...planned, status: 'confirmed', cancellationDate: '2026-08-23' },
    lockedOut: true
  }
]

function account(catalogId: string | null, kind: PlaybookKind, lockedOut: boolean): Account {
  return {
    id: 'account-0001',
    name: catalogId ?? 'Some service',
    category: 'other',
    usages: ['login', 'sms2fa'],
    settingsUrl: null,
    notes: '',
    status: 'todo',
    caseId: planned.id,
    catalogId,
    playbook: kind,
    replacement: null,
    phoneCodes: null,
    lockedOut,
    recoversOthers: false,
    ticked: [],
    customSteps: [],
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z'
  }
}

/** Every service with a playbook of its own, and each kind's own advice alone. */
const knowledge = appKnowledge()
const PLAYBOOKS: Array<{ catalogId: string | null; kind: PlaybookKind }> = [
  ...knowledge.services
    .filter((s) => s.playbook)
    .map((s) => ({ catalogId: s.id, kind: s.playbookKind ?? playbookForCategory(s.category) })),
  ...PLAYBOOK_KINDS.map((kind) => ({ catalogId: null, kind }))
]

/** The sentences the user is asked to act on: the steps, the service's own and the route. */
function instructions(g: Guidance): Array<{ text: string; needsOldSim?: string }> {
  return [...g.steps, ...g.serviceSteps, ...g.route]
}

/**
 * A sentence that sends the user to a code on the old number: a code word next to "old
 * number" (or SIM, phone), in any of the three languages, unless the sentence says it is
 * conditional, denied or a warning ("if it asks…", "without…", "…may still go to…").
 */
const CODE_AT_OLD_NUMBER: Record<Language, RegExp> = {
  en: /\b(code|codes|SMS|text)\b[^.;]{0,25}\b(to|on|from|at) (the|your) old (number|SIM|phone)|\bold (number|SIM|phone)('s)? (code|codes|SMS)/i,
  ru: /(код\p{L}*|СМС|SMS)[^.;]{0,25}(на|со|с) стар(ый|ого|ом|ую)\s+(номер|SIM|сим|телефон)|стар(ого|ый)\s+номер\p{L}*\s+(код|СМС)/iu,
  'zh-CN':
    /旧(号码|手机号|卡|手机)(收到|接收)?的?(验证码|短信)|(验证码|短信)[^。；，]{0,6}(发到|发给|发至|到)旧(号码|手机号|手机|卡)/
}
const NOT_AN_INSTRUCTION: Record<Language, RegExp> = {
  en: /\b(if|without|no|not|never|instead|stop|may|might|could|cannot|can't)\b/i,
  ru: /(^|\s)(если|без|нет|не|вместо|прекрат\p{L}*|может|могут)(?=\s|,|$)/iu,
  'zh-CN': /如果|没有|收不到|不再|不能|停止|而不是|可能|无法/
}

function asksForCodeAtOldNumber(language: Language, text: string): string | null {
  for (const sentence of text.split(/(?<=[.!?。！？])\s*/)) {
    if (CODE_AT_OLD_NUMBER[language].test(sentence) && !NOT_AN_INSTRUCTION[language].test(sentence))
      return sentence
  }
  return null
}

describe('once the SIM is gone, no playbook asks for a code on the old number', () => {
  for (const { catalogId, kind } of PLAYBOOKS)
    for (const situation of WITHOUT_SIM)
      it(`${catalogId ?? `any ${kind} service`}, ${situation.label}, in three languages`, () => {
        for (const language of LANGUAGES) {
          const g = resolveGuidance({
            account: account(catalogId, kind, situation.lockedOut),
            owner: situation.owner,
            today: TODAY,
            language,
            knowledge
          })
          expect(g.showRoute).toBe(true)
          expect(g.route.length, 'a way back in is shown instead').toBeGreaterThan(0)
          const needing = instructions(g).filter((f) => f.needsOldSim === 'yes')
          expect(needing.map((f) => f.text)).toEqual([])
          // The service's own ways to change the number stay only where known to work.
          expect(g.serviceSteps.filter((f) => f.needsOldSim !== 'no').map((f) => f.text)).toEqual(
            []
          )
          const lexical = instructions(g)
            .map((f) => asksForCodeAtOldNumber(language, f.text))
            .filter((s) => s !== null)
          expect(lexical).toEqual([])
        }
      })
})

describe('while the SIM works, the steps that need it are still offered', () => {
  const withOldSimSteps = knowledge.services.filter((s) =>
    s.playbook?.steps.some((step) => step.needsOldSim === 'yes')
  )
  it('some services have a step that needs the old SIM', () => {
    expect(withOldSimSteps.length).toBeGreaterThan(3)
  })
  for (const s of withOldSimSteps)
    it(`${s.id}, planning: its old-SIM step is shown`, () => {
      const g = resolveGuidance({
        account: account(s.id, s.playbookKind ?? playbookForCategory(s.category), false),
        owner: planned,
        today: TODAY,
        language: 'en',
        knowledge
      })
      expect(g.serviceSteps.some((f) => f.needsOldSim === 'yes')).toBe(true)
    })
})

describe('the lexical check', () => {
  it.each([
    ['en', 'Enter the code sent to the old number.'],
    ['ru', 'Введите код, пришедший на старый номер.'],
    ['zh-CN', '输入旧号码收到的验证码。']
  ] as const)('finds a request for a code on the old number in %s', (language, text) => {
    expect(asksForCodeAtOldNumber(language, text)).toBe(text)
  })
  it.each([
    ['en', 'Card payment codes may still go to the old number; ask to move them too.'],
    ['ru', 'Если просят код на старый номер, действуйте по пути ниже.'],
    ['zh-CN', '旧号码收不到验证码时：使用备用码。']
  ] as const)('lets a warning or a condition pass in %s', (language, text) => {
    expect(asksForCodeAtOldNumber(language, text)).toBeNull()
  })
})

describe('WeChat without its SIM', () => {
  it('no longer says "do it now on any signed-in device"; the appeal route shows instead', () => {
    for (const language of LANGUAGES) {
      const g = resolveGuidance({
        account: account('wechat', 'messenger', true),
        owner: WITHOUT_SIM[1]!.owner,
        today: TODAY,
        language,
        knowledge
      })
      const change = g.steps.find((s) => s.id === 'change-number')!
      const kindText = knowledge.kinds.get('messenger')!.steps['change-number']!
      expect(change.text).not.toBe(kindText.possiblyReassigned[language])
      expect(g.route.some((r) => r.sources.some((s) => s.url.includes('kf.qq.com')))).toBe(true)
    }
  })
})
