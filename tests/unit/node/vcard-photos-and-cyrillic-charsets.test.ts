import { describe, expect, it } from 'vitest'
import { parseVcards } from '../../../src/core/discover/parse-vcard'

const crlf = (lines: string[]): Buffer => Buffer.from(lines.join('\r\n') + '\r\n', 'latin1')

/** Text as quoted-printable bytes in a charset, as old phones wrote vCard 2.1. */
function qp(text: string, charset: 'windows-1251' | 'utf-8'): string {
  const bytes =
    charset === 'utf-8'
      ? Buffer.from(text, 'utf8')
      : Buffer.from(
          [...text].map((c) => {
            const code = c.charCodeAt(0)
            if (code < 0x80) return code
            if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
            if (c === 'ё') return 0xb8
            if (c === 'Ё') return 0xa8
            throw new Error(`not in the test's windows-1251 table: ${c}`)
          })
        )
  return [...bytes].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}

describe('vCard values', () => {
  it('keeps the line after a base64 photo that ends in "="', () => {
    const people = parseVcards(
      crlf([
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Anna',
        'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDAo=',
        'TEL;TYPE=CELL:+79161234567',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:2.1',
        'N:Petrov;Ivan',
        'PHOTO;ENCODING=BASE64;TYPE=JPEG:',
        ' /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDAoKCwsKDAo=',
        '',
        'EMAIL:ivan@example.ru',
        'END:VCARD'
      ])
    )
    expect(people).toEqual([
      { name: 'Anna', contact: '+79161234567' },
      { name: 'Ivan Petrov', contact: 'ivan@example.ru' }
    ])
  })

  it('reads quoted-printable names in windows-1251 and UTF-8, soft line breaks included', () => {
    const name = qp('Ольга Сергеевна Ёлкина', 'windows-1251')
    const people = parseVcards(
      crlf([
        'BEGIN:VCARD',
        'VERSION:2.1',
        `FN;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:${name.slice(0, 30)}=`,
        `${name.slice(30)}`,
        'TEL;CELL:+79031112233',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:2.1',
        `N;CHARSET=UTF-8;QUOTED-PRINTABLE:${qp('Смирнов', 'utf-8')};${qp('Пётр', 'utf-8')}`,
        'TEL:+79035554433',
        'END:VCARD'
      ])
    )
    expect(people).toEqual([
      { name: 'Ольга Сергеевна Ёлкина', contact: '+79031112233' },
      { name: 'Пётр Смирнов', contact: '+79035554433' }
    ])
  })

  it('reads an 8-bit windows-1251 name given with CHARSET, and a UTF-8 file with a BOM', () => {
    const cp1251 = Buffer.concat([
      Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1251:', 'latin1'),
      Buffer.from([0xc8, 0xe2, 0xe0, 0xed]), // Иван
      Buffer.from('\r\nTEL:+79160000000\r\nEND:VCARD\r\n', 'latin1')
    ])
    expect(parseVcards(cp1251)).toEqual([{ name: 'Иван', contact: '+79160000000' }])
    const utf8 = Buffer.from(
      '\uFEFFBEGIN:VCARD\nVERSION:4.0\nFN:张伟\nTEL:+8613800000000\nEND:VCARD\n'
    )
    expect(parseVcards(utf8)).toEqual([{ name: '张伟', contact: '+8613800000000' }])
  })
})
