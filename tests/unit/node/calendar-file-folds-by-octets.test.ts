import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { foldLine, icsText, type CalendarEvent } from '../../../src/core/calendar/ics'

const NOW = new Date('2026-12-01T10:00:00Z')
const events: CalendarEvent[] = [
  {
    uid: 'reissueSoon-case-1-2026-12-17@unlinker',
    date: '2026-12-17',
    summary:
      'Номер +7 912 345-67-89 могут передать другому абоненту через две недели; отвяжите его',
    description: 'Осталось 3 аккаунта, которые входят по этому номеру.\nГосуслуги, Сбербанк, ВТБ'
  },
  {
    uid: 'retentionEnds-case-1-2027-11-01@unlinker',
    date: '2027-11-01',
    summary: '号码 +86 138 0013 8000 的注销凭证保存期结束：合同、收据，可以删除了，也可以继续保留',
    description: '微信、支付宝、铁路12306 已解绑'
  },
  { uid: 'peopleToNotify-case-1-2026-12-01@unlinker', date: '2026-12-31', summary: 'Tell 2 people' }
]

describe('the calendar file', () => {
  const text = icsText(events, NOW, 'Unlinker: +7 912 345-67-89')

  it('ends every line in CRLF and keeps each within 75 octets, however many characters', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    const lines = text.slice(0, -2).split('\r\n')
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true)
    // Russian and Chinese lines were long enough to need folding.
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThanOrEqual(4)
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it('parses with an independent parser into one event per reminder, with the text unchanged', () => {
    const calendar = new ICAL.Component(ICAL.parse(text))
    const parsed = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(parsed).toHaveLength(events.length)
    parsed.forEach((event, i) => {
      const source = events[i]!
      expect(event.uid).toBe(source.uid)
      expect(event.summary).toBe(source.summary)
      expect(event.description ?? undefined).toBe(source.description)
      expect(event.startDate.isDate).toBe(true)
      expect(event.startDate.toString()).toBe(source.date)
    })
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Unlinker: +7 912 345-67-89')
  })

  it('never splits a character between two lines', () => {
    const line = `SUMMARY:${'铁'.repeat(60)}`
    const folded = foldLine(line).split('\r\n')
    expect(folded.map((l) => Buffer.byteLength(l, 'utf8'))).toEqual([74, 73, 43])
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line)
  })
})
