/**
 * A small iCalendar (RFC 5545) writer for all-day reminders. Hand-written because it is
 * short and the rules that matter are easy to get wrong in libraries: lines end in CRLF,
 * are folded at 75 octets (not characters: Russian and Chinese text takes 2–3 octets a
 * character, and a fold never splits one), and text escapes \ ; , and newlines.
 */

export interface CalendarEvent {
  /** Unique and stable for the same reminder, so a re-import updates, not duplicates. */
  uid: string
  /** All-day, YYYY-MM-DD. */
  date: string
  summary: string
  description?: string
}

const MAX_OCTETS = 75

/**
 * TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11),
 * and the other C0 controls and DEL, which TEXT may not hold, are dropped: a carrier's
 * name with an ESC or a NUL in it must not make the file one a calendar refuses.
 */
export function escapeText(text: string): string {
  return (
    text
      // Line breaks become \n below; every other control but the tab goes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  )
}

/** Folds a content line into pieces of at most 75 octets, never inside a character. */
export function foldLine(line: string): string {
  const pieces: string[] = []
  let current = ''
  let octets = 0
  // Continuation lines begin with one space, which counts toward their 75.
  let limit = MAX_OCTETS
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8')
    if (octets + size > limit) {
      pieces.push(current)
      current = ''
      octets = 0
      limit = MAX_OCTETS - 1
    }
    current += char
    octets += size
  }
  pieces.push(current)
  return pieces.join('\r\n ')
}

function basicDate(date: string): string {
  return date.replace(/-/g, '')
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** The whole calendar file; each event reminds at 09:00 on its day. */
export function icsText(events: readonly CalendarEvent[], now: Date, calendarName: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Unlinker//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`
  ]
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      'TRIGGER:PT9H',
      'END:VALARM',
      'END:VEVENT'
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
