import type { ContactCandidate } from '../../../shared/domain/discovery'
import { DomainError } from '../errors'

/** Larger than any address book: refused before it is read. */
export const MAX_VCARD_BYTES = 20 * 1024 * 1024

/**
 * People from a vCard file (versions 2.1, 3 and 4): the name, and one phone number or
 * e-mail to reach them. The format is small and line based; the few rules it needs
 * (folded lines, escapes, quoted-printable in 2.1) are here.
 */
export function parseVcards(bytes: Buffer): ContactCandidate[] {
  if (bytes.length > MAX_VCARD_BYTES)
    throw new DomainError(
      'badFile',
      'This file is far larger than an address book (the limit is 20 MB).'
    )
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  if (!/BEGIN:VCARD/i.test(text))
    throw new DomainError('badFile', 'This is not a vCard (.vcf) file.')
  const lines = text
    .replace(/\r\n/g, '\n')
    .replace(/\n[ \t]/g, '')
    .replace(/=\n/g, '')
    .split('\n')
  const people: ContactCandidate[] = []
  let card: { fn: string; n: string; tel: string; email: string } | null = null
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const head = line.slice(0, colon)
    const [rawName = '', ...params] = head.split(';')
    const name = rawName.replace(/^item\d+\./i, '').toUpperCase()
    let value = line.slice(colon + 1)
    if (params.some((p) => /ENCODING=QUOTED-PRINTABLE/i.test(p)))
      value = decodeQuotedPrintable(value)
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

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3)
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(value.charCodeAt(i) & 0xff)
  }
  return Buffer.from(bytes).toString('utf8')
}
