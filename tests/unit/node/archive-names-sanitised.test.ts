import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { sanitiseFileName, uniqueNames } from '../../../src/shared/archive/archive-names'

const bytes = (text: string): number => new TextEncoder().encode(text).length
/** A string survives a UTF-8 round trip unchanged only if it has no lone surrogates. */
const isWellFormed = (text: string): boolean =>
  new TextDecoder().decode(new TextEncoder().encode(text)) === text

const expectSafeSegment = (name: string): void => {
  expect(name).not.toBe('')
  expect(name).not.toBe('.')
  expect(name).not.toBe('..')
  for (const forbidden of ['/', '\\', '\u0000']) expect(name).not.toContain(forbidden)
  expect(bytes(name)).toBeLessThanOrEqual(120)
}

describe('sanitiseFileName', () => {
  it('turns traversal attempts into a single harmless segment', () => {
    for (const hostile of ['../../x', '..', '.', '...', '/etc/passwd', 'C:\\Windows\\x']) {
      const safe = sanitiseFileName(hostile)
      expectSafeSegment(safe)
      expect(safe.startsWith('.')).toBe(false)
    }
    expect(sanitiseFileName('../../x')).toBe('_.._x')
    expect(sanitiseFileName('..')).toBe('file')
    expect(sanitiseFileName('.')).toBe('file')
    expect(sanitiseFileName('/etc/passwd')).toBe('_etc_passwd')
    expect(sanitiseFileName('C:\\Windows\\x')).toBe('C__Windows_x')
  })

  it('prefixes Windows device names, with or without an extension', () => {
    expect(sanitiseFileName('CON')).toBe('_CON')
    expect(sanitiseFileName('con.txt')).toBe('_con.txt')
    expect(sanitiseFileName('LPT9.pdf')).toBe('_LPT9.pdf')
    expect(sanitiseFileName('console.txt')).toBe('console.txt')
  })

  it('shortens a long Latin name to 120 bytes and keeps the extension', () => {
    const safe = sanitiseFileName(`${'a'.repeat(300)}.pdf`)
    expect(bytes(safe)).toBeLessThanOrEqual(120)
    expect(safe.endsWith('.pdf')).toBe(true)
    expect(safe.startsWith('aaaa')).toBe(true)
  })

  it('shortens a long Chinese name without breaking a character', () => {
    const safe = sanitiseFileName(`${'合同'.repeat(150)}.pdf`)
    expect(bytes(safe)).toBeLessThanOrEqual(120)
    expect(safe.endsWith('.pdf')).toBe(true)
    expect(isWellFormed(safe)).toBe(true)
    expect(safe.replace('.pdf', '')).toMatch(/^[合同]+$/u)
  })

  it('cuts emoji names at a code point boundary', () => {
    const safe = sanitiseFileName('😀'.repeat(100))
    expect(bytes(safe)).toBeLessThanOrEqual(120)
    expect(isWellFormed(safe)).toBe(true)
    expect(safe).toBe('😀'.repeat(30))
    const odd = sanitiseFileName(`x${'😀'.repeat(100)}.png`)
    expect(bytes(odd)).toBeLessThanOrEqual(120)
    expect(isWellFormed(odd)).toBe(true)
    expect(odd.endsWith('.png')).toBe(true)
  })

  it('keeps Cyrillic and Chinese names as they are', () => {
    expect(sanitiseFileName('договор.pdf')).toBe('договор.pdf')
    expect(sanitiseFileName('合同.pdf')).toBe('合同.pdf')
    expect(sanitiseFileName('Счёт за май 2024.docx')).toBe('Счёт за май 2024.docx')
  })

  it('normalises to NFC', () => {
    expect(sanitiseFileName('e\u0301.txt')).toBe('\u00e9.txt')
  })

  it('removes NUL, control and bidi override characters', () => {
    expect(sanitiseFileName('a\u0000b.pdf')).toBe('a_b.pdf')
    expect(sanitiseFileName('invoice\u202Efdp.exe')).toBe('invoice_fdp.exe')
    expect(sanitiseFileName('a\u2066b\u2069.txt')).not.toMatch(/[\u2066-\u2069]/u)
    expect(sanitiseFileName('line\nbreak\t.txt')).toBe('line_break_.txt')
  })

  it('collapses whitespace and trims spaces and dots', () => {
    expect(sanitiseFileName('  a   b  .pdf. . ')).toBe('a b .pdf')
  })

  it('gives empty or blank names a fallback', () => {
    expect(sanitiseFileName('')).toBe('file')
    expect(sanitiseFileName('   ')).toBe('file')
    expect(sanitiseFileName(' . ')).toBe('file')
  })

  it('always yields a single safe segment (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const safe = sanitiseFileName(input)
        expectSafeSegment(safe)
        expect(isWellFormed(safe)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })
})

describe('uniqueNames', () => {
  it('numbers case-insensitive duplicates within one folder only', () => {
    const unique = uniqueNames()
    expect(unique('docs', 'a.pdf')).toBe('a.pdf')
    expect(unique('docs', 'A.pdf')).toBe('A (2).pdf')
    expect(unique('docs', 'a.pdf')).toBe('a (3).pdf')
    expect(unique('other', 'a.pdf')).toBe('a.pdf')
    expect(unique('docs', 'b')).toBe('b')
    expect(unique('docs', 'b')).toBe('b (2)')
  })

  it('compares names after NFC normalisation', () => {
    const unique = uniqueNames()
    expect(unique('d', '\u00e9.txt')).toBe('\u00e9.txt')
    expect(unique('d', 'e\u0301.txt')).toBe('e\u0301 (2).txt')
  })

  it('does not collide with a name that already looks numbered', () => {
    const unique = uniqueNames()
    expect(unique('d', 'a (2).pdf')).toBe('a (2).pdf')
    expect(unique('d', 'a.pdf')).toBe('a.pdf')
    expect(unique('d', 'a.pdf')).toBe('a (3).pdf')
  })

  it('keeps numbered long names within 120 bytes', () => {
    const unique = uniqueNames()
    const long = sanitiseFileName(`${'ж'.repeat(200)}.pdf`)
    const first = unique('d', long)
    const second = unique('d', long)
    expect(first).toBe(long)
    expect(second).not.toBe(first)
    expect(second.endsWith(' (2).pdf')).toBe(true)
    expect(bytes(second)).toBeLessThanOrEqual(120)
    expect(isWellFormed(second)).toBe(true)
  })
})
