import type { ContactCandidate } from '../../shared/domain/discovery'
import { DomainError } from '../errors'

/** Larger than any address book: refused before it is read. */
export const MAX_VCARD_BYTES = 20 * 1024 * 1024

/**
 * People from a vCard file (versions 2.1, 3 and 4): the name, and one phone number or
 * e-mail to reach them. The format is small and line based; the few rules it needs
 * (folded lines, escapes, quoted-printable and CHARSET in 2.1) are here.
 */
export function parseVcards(bytes: Buffer): ContactCandidate[] {
  if (bytes.length > MAX_VCARD_BYTES)
    throw new DomainError(
      'badFile',
      'This file is far larger than an address book (the limit is 20 MB).'
    )
  // Read as bytes (latin1 keeps each byte as one character); each value is then decoded
  // in its own CHARSET, UTF-8 unless it says otherwise.
  const text = bytes.toString('latin1').replace(/^\xEF\xBB\xBF/, '')
  if (!/BEGIN:VCARD/i.test(text))
    throw new DomainError('badFile', 'This is not a vCard (.vcf) file.')
  const lines = logicalLines(text)
  const people: ContactCandidate[] = []
  let card: { fn: string; n: string; tel: string; email: string } | null = null
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const head = line.slice(0, colon)
    const [rawName = '', ...params] = head.split(';')
    const name = rawName.replace(/^item\d+\./i, '').toUpperCase()
    const raw = line.slice(colon + 1)
    const charset = params.map((p) => /^CHARSET=(.+)$/i.exec(p.trim())?.[1]).find(Boolean)
    const value = decodeText(
      isQuotedPrintable(params) ? decodeQuotedPrintable(raw) : Buffer.from(raw, 'latin1'),
      charset
    )
    if (name === 'BEGIN' && /vcard/i.test(value)) card = { fn: '', n: '', tel: '', email: '' }
    else if (name === 'END' && card) {
      const person = card.fn || card.n
      if (person)
        people.push({ name: person.slice(0, 200), contact: (card.tel || card.email).slice(0, 200) })
      card = null
    } else if (card) {
      if (name === 'FN') card.fn = unescape(value)
      else if (name === 'N')
        card.n = unescape(value).split(';').slice(0, 2).reverse().filter(Boolean).join(' ')
      else if (name === 'TEL' && !card.tel) card.tel = value.replace(/^tel:/i, '').trim()
      else if (name === 'EMAIL' && !card.email) card.email = value.trim()
    }
  }
  if (people.length === 0) throw new DomainError('badFile', 'No contact in this file has a name.')
  return people
}

function unescape(value: string): string {
  return (
    value
      .replace(/\\n/gi, ' ')
      .replace(/\\([,;\\])/g, '$1')
      // Control characters are what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim()
  )
}

/**
 * The file's lines with folding undone: a line starting with a space or tab continues the
 * previous one (every version), and in a quoted-printable value, and only there, a line
 * ending in `=` continues on the next (2.1's soft line break). A base64 photo ending in
 * `=` is padding, not a soft break.
 */
function logicalLines(text: string): string[] {
  const physical = text.split(/\r\n|\r|\n/)
  const lines: string[] = []
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i]!
    while (i + 1 < physical.length && /^[ \t]/.test(physical[i + 1]!))
      line += physical[++i]!.slice(1)
    while (line.endsWith('=') && i + 1 < physical.length && quotedPrintableLine(line))
      line = line.slice(0, -1) + physical[++i]!
    lines.push(line)
  }
  return lines
}

function quotedPrintableLine(line: string): boolean {
  const colon = line.indexOf(':')
  return colon > 0 && isQuotedPrintable(line.slice(0, colon).split(';').slice(1))
}

/** ENCODING=QUOTED-PRINTABLE, or 2.1's bare QUOTED-PRINTABLE parameter. */
function isQuotedPrintable(params: string[]): boolean {
  return params.some((p) => /^(ENCODING=)?QUOTED-PRINTABLE$/i.test(p.trim()))
}

function decodeQuotedPrintable(value: string): Buffer {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3)
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(value.charCodeAt(i) & 0xff)
  }
  return Buffer.from(bytes)
}

/** Bytes as text in the value's charset (windows-1251, koi8-r, ...), UTF-8 when unknown. */
function decodeText(bytes: Buffer, charset: string | undefined): string {
  const label = charset?.replace(/^"|"$/g, '').trim()
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes)
    } catch {
      // A charset Node does not know: read as UTF-8 below.
    }
  }
  return new TextDecoder('utf-8').decode(bytes)
}
