import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { addDaysTo } from '../../../src/shared/domain/dates-values'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const TODAY = '2026-12-05'
const at = () => new Date(`${TODAY}T09:00:00Z`)

/** The events of an .ics as an independent parser reads them: day, summary, description. */
function eventsOf(text: string): Array<{ day: string; summary: string; description: string }> {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((e) => {
    const event = new ICAL.Event(e)
    return {
      day: event.startDate.toString().slice(0, 10),
      summary: event.summary,
      description: event.description
    }
  })
}

async function plannedNumber(dataDir: string) {
  const core = await openCore(dataDir, at)
  const c = await must(core, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    carrier: 'mts',
    status: 'planned',
    cancellationDate: '2026-12-26',
    departureDate: '2026-12-28'
  })
  await must(core, 'addFromCatalog', {
    caseId: c.id,
    catalogIds: ['google', 't-bank', 'airbnb']
  })
  await must(core, 'createPerson', { caseId: c.id, name: 'Мама' })
  return { core, caseId: c.id }
}

describe('the calendar while a cancellation is planned', () => {
  it('holds the cancellation day, each start-by day, the departure, and no past day', async () => {
    const { core } = await plannedNumber(await tempDir())
    const reminders = await must(core, 'listReminders', {})
    expect(reminders.map((r) => [r.kind, r.date])).toEqual([
      // Airbnb trusts a new number after 14 days: 26 Dec − 14 − 3.
      ['startBy', '2026-12-09'],
      ['departure', '2026-12-21'],
      // Google, T-Bank, Gosuslugi's SIM list and the credit self-ban: 26 Dec − 3.
      ['startBy', '2026-12-23'],
      ['cancellationDay', '2026-12-26'],
      ['peopleToNotify', '2026-12-26']
    ])
    const file = await must(core, 'getCalendar', { language: 'en' })
    const events = eventsOf(file.text)
    expect(events.map((e) => e.day)).toEqual(reminders.map((r) => r.date))
    expect(events[0]).toMatchObject({
      summary: 'Start by December 9, 2026: 1 item for +7 912 345 67 89',
      description: expect.stringContaining(': Airbnb.')
    })
    expect(events[2]!.description).toContain(
      'Google Account, T-Bank (Tinkoff), Check Gosuslugi’s «Сим-карты» list and refuse numbers you do not know, Set a credit self-ban'
    )
    expect(events[1]!.summary).toBe('You leave on December 28, 2026')
    expect(events[3]!.summary).toBe('Planned cancellation of +7 912 345 67 89: December 26, 2026')

    // In Chinese, with the screen's words and the services' Chinese names.
    const zh = eventsOf((await must(core, 'getCalendar', { language: 'zh-CN' })).text)
    expect(zh[2]!.summary).toBe('最晚2026年12月23日开始：+7 912 345 67 89有4项')
    expect(zh[2]!.description).toContain('谷歌、T-Bank')
    await closeCore(core)
  })

  it('puts late start-by days on today, and writes no day that has passed', async () => {
    const dir = await tempDir()
    const { core, caseId } = await plannedNumber(dir)
    // The cancellation moves to 10 December: every start-by day is now past or today.
    await must(core, 'updateCase', { id: caseId, patch: { cancellationDate: '2026-12-10' } })
    const reminders = await must(core, 'listReminders', {})
    const late = reminders.filter((r) => r.kind === 'startBy')
    expect(late).toEqual([
      expect.objectContaining({
        date: TODAY,
        variant: 'overdue',
        id: `startBy-${caseId}-late`,
        count: 1
      }),
      expect.objectContaining({ date: '2026-12-07', count: 4 })
    ])
    await closeCore(core)

    // A week later the planned day has passed and the number is still planned.
    const later = await openCore(dir, () => new Date('2026-12-12T09:00:00Z'))
    const list = await must(later, 'listReminders', {})
    expect(list.find((r) => r.kind === 'cancellationDay')).toMatchObject({
      date: '2026-12-10',
      variant: 'overdue'
    })
    const days = eventsOf((await must(later, 'getCalendar', { language: 'ru' })).text).map(
      (e) => e.day
    )
    expect(days.length).toBeGreaterThan(0)
    expect(days.every((d) => d >= '2026-12-12')).toBe(true)
    expect(days).not.toContain('2026-12-10')
    await closeCore(later)
  })

  it('warns a number kept abroad two weeks before its last safe day, moving with each last use', async () => {
    const core = await openCore(await tempDir(), at)
    const c = await must(core, 'createCase', {
      number: '+7 912 345-67-89',
      country: 'RU',
      status: 'planned',
      keptAbroad: true,
      lastUseDate: '2026-10-01'
    })
    const keep = async () =>
      (await must(core, 'listReminders', {})).filter((r) => r.kind === 'keepAlive')
    // 90 days from 1 October: the contract may end on 30 December; 29 December is the
    // last safe day, and the warning comes 14 days before it.
    expect(await keep()).toEqual([
      expect.objectContaining({ date: '2026-12-15', about: '2026-12-29' })
    ])
    const kinds = (await must(core, 'listReminders', {})).map((r) => r.kind)
    expect(kinds).not.toContain('contractEnds')
    await must(core, 'updateCase', { id: c.id, patch: { lastUseDate: TODAY } })
    const moved = await keep()
    expect(moved).toEqual([
      expect.objectContaining({
        date: addDaysTo(addDaysTo(TODAY, 89), -14),
        about: addDaysTo(TODAY, 89),
        id: `keepAlive-${c.id}-${TODAY}`
      })
    ])
    const [event] = eventsOf((await must(core, 'getCalendar', { language: 'en' })).text).filter(
      (e) => e.summary.startsWith('Use ')
    )
    expect(event!.summary).toBe('Use +7 912 345 67 89 by March 4, 2027 to keep it')
    await closeCore(core)
  })
})
