import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const today = () => new Date('2026-12-01T09:00:00Z')

async function cancelledCase() {
  const core = await openCore(await tempDir(), today)
  const c = await must(core, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    carrier: 'mts',
    status: 'confirmed',
    cancellationDate: '2026-11-20',
    lastUseDate: '2026-11-19'
  })
  await must(core, 'createPerson', { caseId: c.id, name: 'Мама' })
  await must(core, 'createPerson', { caseId: c.id, name: 'Брат' })
  const [sber] = await must(core, 'addFromCatalog', { caseId: c.id, catalogIds: ['sber'] })
  await must(core, 'updateAccount', { id: sber!.id, patch: { lockedOut: true } })
  return core
}

describe('the reminders calendar', () => {
  it('has one event per reminder, in the chosen language, readable by an independent parser', async () => {
    const core = await cancelledCase()
    const reminders = await must(core, 'listReminders', {})
    expect(reminders.map((r) => r.kind)).toEqual([
      'peopleToNotify',
      'lockedOutAccounts',
      'reissueSoon',
      'reissueDay',
      'contractEnds',
      'reissueSoon',
      'reissueDay'
    ])
    const file = await must(core, 'getCalendar', { language: 'ru' })
    expect(file.events).toBe(reminders.length)
    const events = new ICAL.Component(ICAL.parse(file.text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
    expect(events.map((e) => e.startDate.toString())).toEqual(reminders.map((r) => r.date))
    expect(events[0]?.summary).toBe('Сообщите новый номер 2 людям')
    expect(events[1]?.summary).toBe('1 аккаунт на номере +7 912 345 67 89 всё ещё без доступа')
    expect(events[2]?.summary).toBe(
      'Номер +7 912 345 67 89 могут передать новому владельцу с 19 января 2027 г.'
    )
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
  })

  it('holds the end of retention once no account uses the number, on the day the app gives', async () => {
    const core = await cancelledCase()
    const [sber] = await must(core, 'listAccounts', {})
    await must(core, 'setAccountStatus', { ids: [sber!.id], status: 'unlinked' })
    const retention = (await must(core, 'listReminders', {})).filter(
      (r) => r.kind === 'retentionEnds'
    )
    // Unlinked on 2026-12-01, after the cancellation: a year past that day.
    expect(retention.map((r) => r.date)).toEqual(['2027-12-01'])
    const file = await must(core, 'getCalendar', { language: 'en' })
    expect(file.text).toContain('DTSTART;VALUE=DATE:20271201')
    expect(file.text).toContain(
      'SUMMARY:The proofs for +7 912 345 67 89 may be deleted from December 1'
    )
  })

  it('speaks English and Chinese too, and names no reminder twice on a second export', async () => {
    const core = await cancelledCase()
    const en = await must(core, 'getCalendar', { language: 'en' })
    expect(en.text).toContain('SUMMARY:Tell 2 people your new number')
    const zh = await must(core, 'getCalendar', { language: 'zh-CN' })
    expect(zh.text).toContain('告诉 2 位联系人你的新号码')
    const again = await must(core, 'getCalendar', { language: 'en' })
    const uids = (text: string) => text.match(/^UID:.*$/gm)
    expect(uids(again.text)).toEqual(uids(en.text))
  })
})
