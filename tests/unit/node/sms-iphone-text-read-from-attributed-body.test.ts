import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { textOfAttributedBody } from '../../../src/core/discover/sms/attributed-body'
import {
  ATTRIBUTED_BODY_BYTES,
  iphoneSmsMessages
} from '../../../src/core/discover/sms/iphone-sms-db'
import { pieces, readSmsExport } from '../../../src/core/discover/sms/read-sms-export'
import { PLANTED_SMS } from '../../support/sms-exports'

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))

/**
 * An attributedBody as iOS writes it: a typedstream archive of an NSAttributedString whose
 * NSString is followed by five type and reference bytes, the length in bytes (one byte,
 * or 0x81 and two bytes little-endian) and the UTF-8 text, then the attributes.
 */
function attributedBody(text: string): Uint8Array {
  const utf8 = [...new TextEncoder().encode(text)]
  const length = utf8.length < 0x80 ? [utf8.length] : [0x81, utf8.length & 0xff, utf8.length >> 8]
  return new Uint8Array([
    0x04,
    0x0b,
    ...ascii('streamtyped'),
    0x81,
    0xe8,
    0x03,
    0x84,
    0x01,
    0x40,
    0x84,
    0x84,
    0x84,
    0x12,
    ...ascii('NSAttributedString'),
    0x00,
    0x84,
    0x84,
    0x08,
    ...ascii('NSObject'),
    0x00,
    0x85,
    0x92,
    0x84,
    0x84,
    0x84,
    0x08,
    ...ascii('NSString'),
    0x01,
    0x94,
    0x84,
    0x01,
    0x2b,
    ...length,
    ...utf8,
    0x86,
    0x84,
    0x02,
    0x69,
    0x49,
    0x01,
    ...ascii('NSDictionary'),
    0x00
  ])
}

const appleNs = (iso: string): number => (Date.parse(iso) - Date.UTC(2001, 0, 1)) * 1e6

/** A long notice first, so the code comes after more than 127 bytes of text. */
const LONG = `${'Уважаемый клиент, напоминаем о безопасности. '.repeat(4)}Код для входа: ${PLANTED_SMS.codes[2]}. Никому не говорите.`

/** An sms.db of iOS 16: texts only in attributedBody, `text` NULL or empty. */
async function iosSixteenDb(): Promise<Uint8Array> {
  const SQL = await initSqlJs()
  const db = new SQL.Database()
  db.run(`CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, service TEXT);
    CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT, text TEXT,
      handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER, is_from_me INTEGER DEFAULT 0,
      attributedBody BLOB)`)
  for (const [i, id] of ['Tinkoff', 'Gosuslugi', 'OZON'].entries())
    db.run('INSERT INTO handle (ROWID, id, service) VALUES (?, ?, ?)', [i + 1, id, 'SMS'])
  const rows: Array<[string | null, Uint8Array | null, number, string]> = [
    [null, attributedBody(`Код подтверждения ${PLANTED_SMS.codes[0]}`), 1, '2025-11-12T10:00:00Z'],
    ['', attributedBody(LONG), 1, '2025-11-11T10:00:00Z'],
    [null, attributedBody(`Код: ${PLANTED_SMS.codes[3]}. Госуслуги`), 2, '2025-11-10T10:00:00Z'],
    [null, attributedBody('Заказ доставлен'), 3, '2025-11-09T10:00:00Z'],
    // A blob that holds no string: counted, with nothing to look for a code in.
    [null, new Uint8Array([0x04, 0x0b, 0x00, 0x01]), 3, '2025-11-08T10:00:00Z']
  ]
  for (const [text, blob, handle, iso] of rows)
    db.run(
      'INSERT INTO message (text, attributedBody, handle_id, date, is_from_me, service) VALUES (?, ?, ?, ?, 0, ?)',
      [text, blob, handle, appleNs(iso), 'SMS']
    )
  return db.export()
}

/** Every message the reader yields (Node 20 has no Array.fromAsync). */
async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

describe('iPhone sms.db of iOS 16 and later', () => {
  it('reads the text of attributedBody, short and over 127 bytes, in UTF-8', () => {
    expect(textOfAttributedBody(attributedBody('Код 1234'))).toBe('Код 1234')
    expect(textOfAttributedBody(attributedBody(LONG))).toBe(LONG)
    expect(textOfAttributedBody(new Uint8Array([1, 2, 3]))).toBeNull()
    // A length past the blob's end is not read.
    const cut = attributedBody('Код 1234')
    expect(textOfAttributedBody(cut.subarray(0, cut.length - 20))).toBeNull()
  })

  it('finds the codes in messages whose text is only in attributedBody', async () => {
    const bytes = await iosSixteenDb()
    const messages = await all(iphoneSmsMessages(bytes))
    expect(messages.map((m) => m.body)).toEqual([
      `Код подтверждения ${PLANTED_SMS.codes[0]}`,
      LONG,
      `Код: ${PLANTED_SMS.codes[3]}. Госуслуги`,
      'Заказ доставлен',
      ''
    ])
    const found = await readSmsExport(
      'iphone-db',
      pieces(bytes, () => undefined),
      appCatalog(),
      [],
      []
    )
    expect(found.candidates.map((c) => [c.catalogId, c.sms?.messages, c.sms?.codes])).toEqual([
      ['t-bank', 2, 2],
      ['gosuslugi', 1, 1],
      ['ozon', 2, 0]
    ])
    // Only counts leave the reader.
    const shown = JSON.stringify(found)
    for (const planted of PLANTED_SMS.codes) expect(shown).not.toContain(planted)
  })

  it('reads the start of an attributedBody longer than what is read of one', async () => {
    const SQL = await initSqlJs()
    const db = new SQL.Database()
    db.run(`CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT NOT NULL);
      CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, handle_id INTEGER,
        date INTEGER, is_from_me INTEGER, attributedBody BLOB)`)
    db.run("INSERT INTO handle VALUES (1, 'Tinkoff')")
    const start = `Код для входа: ${PLANTED_SMS.codes[0]}. `
    db.run('INSERT INTO message VALUES (1, NULL, 1, 600000000, 0, ?)', [
      attributedBody(`${start}${'.'.repeat(40_000)}`)
    ])
    const [message] = await all(iphoneSmsMessages(db.export()))
    expect(message?.body.startsWith(start)).toBe(true)
    expect(message?.body.length).toBeLessThan(ATTRIBUTED_BODY_BYTES)
  })

  it('still reads a database from before attributedBody existed', async () => {
    const SQL = await initSqlJs()
    const db = new SQL.Database()
    db.run(`CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT NOT NULL);
      CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, handle_id INTEGER,
        date INTEGER, is_from_me INTEGER)`)
    db.run("INSERT INTO handle VALUES (1, 'Tinkoff')")
    db.run("INSERT INTO message VALUES (1, 'Код 1234', 1, 600000000, 0)")
    expect(await all(iphoneSmsMessages(db.export()))).toEqual([
      {
        sender: 'Tinkoff',
        contactName: null,
        date: Date.UTC(2001, 0, 1) + 600000000 * 1000,
        body: 'Код 1234',
        received: true,
        sim: '-1'
      }
    ])
  })
})
