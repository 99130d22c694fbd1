import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import HistoryList from '../../../src/renderer/src/components/history/HistoryList.vue'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import { useCasesStore } from '../../../src/renderer/src/stores/cases'
import { AccountFields } from '../../../src/shared/domain/account'
import {
  CATEGORIES,
  PHONE_CODE_ANSWERS,
  REPLACEMENTS,
  STATUSES,
  USAGES
} from '../../../src/shared/domain/account-values'
import {
  CaseFields,
  CASE_STATUSES,
  EMPTY_CHECKLIST,
  type CaseView
} from '../../../src/shared/domain/case'
import type { FieldChange, HistoryEvent } from '../../../src/shared/domain/history'
import { MESSAGE_LANGUAGES } from '../../../src/shared/domain/people-message'
import { PERSON_STATUSES, PersonFields } from '../../../src/shared/domain/person'
import { PLAYBOOK_KINDS } from '../../../src/shared/domain/playbook-kind'
import { PROOF_KINDS } from '../../../src/shared/domain/proof-values'

const AT = '2026-12-01T10:00:00.000Z'
let n = 0
function event(entity: HistoryEvent['entity'], changes: Record<string, FieldChange>): HistoryEvent {
  n++
  return {
    id: `event-${String(n).padStart(4, '0')}`,
    at: AT,
    entity,
    entityId: 'entity-0001',
    label: 'Label',
    action: 'updated',
    changes
  }
}

/** Every tracked field of every record, with the values it can take, as main records them. */
function everyChange(unknownValues: boolean): HistoryEvent[] {
  const pairs = <T extends string | null>(values: readonly T[]): FieldChange[] =>
    values.map((to, i) => ({ from: values[(i + 1) % values.length] ?? null, to }))
  const events: HistoryEvent[] = []
  for (const c of pairs(STATUSES)) events.push(event('account', { status: c }))
  for (const c of pairs(CATEGORIES)) events.push(event('account', { category: c }))
  for (const c of pairs(REPLACEMENTS)) events.push(event('account', { replacement: c }))
  for (const c of pairs(PHONE_CODE_ANSWERS)) events.push(event('account', { phoneCodes: c }))
  for (const c of pairs(PLAYBOOK_KINDS)) events.push(event('account', { playbook: c }))
  events.push(event('account', { usages: { from: [], to: [...USAGES] } }))
  events.push(event('account', { lockedOut: { from: false, to: true } }))
  events.push(event('account', { caseId: { from: 'case-0001', to: 'case-0002' } }))
  events.push(event('account', { step: { from: null, to: 'sign-in' } }))
  events.push(event('account', { evidence: { from: null, to: ['passwords', 'sms'] } }))
  for (const c of pairs(PERSON_STATUSES)) events.push(event('person', { status: c }))
  events.push(event('person', { notifiedOn: { from: null, to: '2026-12-01' } }))
  events.push(event('person', { messageLanguages: { from: ['ru'], to: ['ru', 'zh-CN'] } }))
  for (const c of pairs(CASE_STATUSES)) events.push(event('case', { status: c }))
  for (const c of pairs(['store', 'online'] as const)) events.push(event('case', { channel: c }))
  events.push(event('case', { cancellationDate: { from: '2026-11-10', to: '2026-11-20' } }))
  events.push(event('case', { lastUseDate: { from: null, to: '2026-10-01' } }))
  events.push(event('case', { keepProofsUntil: { from: null, to: '2027-11-20' } }))
  events.push(event('case', { reassignDays: { from: null, to: 180 } }))
  events.push(event('case', { country: { from: 'RU', to: 'CN' } }))
  events.push(
    event('case', {
      checklist: {
        from: JSON.stringify(EMPTY_CHECKLIST),
        to: JSON.stringify({ ...EMPTY_CHECKLIST, passport: true, receipt: true })
      }
    })
  )
  for (const c of pairs(PROOF_KINDS)) events.push(event('proof', { kind: c }))
  if (!unknownValues) return events
  // Every field each record tracks, with values the app has no words for, so a new field
  // or value cannot slip in by its own name.
  for (const [entity, shape] of [
    ['account', AccountFields.shape],
    ['person', PersonFields.shape],
    ['case', CaseFields.shape]
  ] as const)
    for (const field of Object.keys(shape))
      events.push(event(entity, { [field]: { from: 'before', to: 'after' } }))
  return events
}

const INTERNAL = [
  ...STATUSES,
  ...CATEGORIES,
  ...REPLACEMENTS,
  ...PHONE_CODE_ANSWERS,
  ...PLAYBOOK_KINDS,
  ...USAGES,
  ...PERSON_STATUSES,
  ...CASE_STATUSES,
  ...PROOF_KINDS,
  ...MESSAGE_LANGUAGES,
  'store',
  'online',
  'passwords',
  'sms',
  'true',
  'false',
  ...Object.keys(AccountFields.shape),
  ...Object.keys(PersonFields.shape),
  ...Object.keys(CaseFields.shape)
]
const GROUPS = Object.keys(en)

function linesOf(unknownValues = false): string[] {
  const wrapper = mount(HistoryList, {
    props: { events: everyChange(unknownValues) },
    global: { plugins: [i18n] }
  })
  return wrapper.findAll('.changes li').map((li) => li.text())
}

describe('the history', { timeout: 30_000 }, () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    // The numbers an account moved between, as the cases store holds them.
    useCasesStore().cases = ['case-0001', 'case-0002'].map(
      (id, i) => ({ id, display: `+7 916 555 01 2${i}` }) as CaseView
    )
  })

  for (const locale of ['en', 'ru', 'zh-CN'] as const)
    it(`names every field and value in words in ${locale}`, async () => {
      await setLocale(locale)
      const known = linesOf()
      // Every value the app can record has its own words.
      for (const line of known) expect(line).not.toContain(i18n.global.t('history.unknownValue'))
      const lines = [...known, ...linesOf(true)]
      expect(lines.length).toBeGreaterThan(90)
      for (const line of lines) {
        // No message key ("status.toNotify"), no ISO date, no field or value by its own name.
        expect(line).not.toMatch(new RegExp(`\\b(${GROUPS.join('|')})\\.\\w`))
        expect(line).not.toMatch(/\d{4}-\d{2}-\d{2}/)
        const words = line.split(/[\s:,;→()—]+/u)
        for (const name of INTERNAL)
          if (locale !== 'en' || !/^[a-z]+$/.test(name) || name === 'true' || name === 'false')
            expect(words, line).not.toContain(name)
      }
    })

  it('reads a person told, a date and a checklist as a person would', async () => {
    await setLocale('en')
    const lines = linesOf()
    expect(lines).toContain('Status: To notify → Notified')
    expect(lines).toContain(
      `Notified on: ${i18n.global.d(new Date('2026-12-01T00:00:00'), 'short')}`
    )
    expect(lines).toContain('Replacement: Authenticator app → New phone number')
    expect(lines).toContain('Cancellation checklist: done: Passport, Receipt received')
    expect(lines).toContain('Days until the number may be reassigned: 180 days')
    expect(lines).toContain('Locked out: No → Yes')
    expect(lines).toContain('Number: +7 916 555 01 20 → +7 916 555 01 21')
    await setLocale('ru')
    expect(linesOf()).toContain('Статус: Нужно уведомить → Уведомлён')
  })
})
