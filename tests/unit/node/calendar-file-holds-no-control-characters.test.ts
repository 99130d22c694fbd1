import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { escapeText } from '../../../src/core/calendar/ics'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

// NUL, VT, FF, ESC (with an OSC that would set a terminal's title), BEL and DEL.
const HOSTILE_CARRIER = 'Mo\u0000bi\u000ble\u000c \u001b]0;owned\u0007One\u007f'

describe('the calendar file', () => {
  it('holds no C0 control or DEL from a carrier name, and still names the carrier', async () => {
    const core = await openCore(await tempDir(), () => new Date('2026-12-01T09:00:00Z'))
    const c = await must(core, 'createCase', {
      number: '',
      country: 'RU',
      carrier: HOSTILE_CARRIER,
      status: 'confirmed',
      cancellationDate: '2026-11-20'
    })
    await must(core, 'createPerson', { caseId: c.id, name: 'Мама' })
    const file = await must(core, 'getCalendar', { language: 'en' })
    // Only the line ends (CRLF) are controls in the whole file.
    // eslint-disable-next-line no-control-regex
    expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/)
    const events = new ICAL.Component(ICAL.parse(file.text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
    expect(events.length).toBeGreaterThan(2)
    expect(events.some((e) => e.summary.includes('Mobile ]0;ownedOne'))).toBe(true)
  })

  it('keeps tabs and line breaks, which TEXT allows (escaped)', () => {
    expect(escapeText('a\tb\r\nc\u0000d\u007f')).toBe('a\tb\\ncd')
  })
})
