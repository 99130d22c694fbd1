import { open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { MAX_SMS_DB_BYTES } from '../../../src/core/discover/sms/iphone-sms-db'
import { pieces, readSmsExport, smsFormatOf } from '../../../src/core/discover/sms/read-sms-export'
import { must, openCore } from '../../support/open-core'
import { PLANTED_SMS } from '../../support/sms-exports'
import { tempDir } from '../../support/temp-dir'

/** Seconds since 1 January 2001 in nanoseconds, as iOS 11 and later store dates. */
const appleNs = (iso: string): number => (Date.parse(iso) - Date.UTC(2001, 0, 1)) * 1e6

/** An sms.db as an unencrypted iPhone backup holds it: `handle` and `message` tables. */
async function smsDb(tables = true): Promise<Uint8Array> {
  const SQL = await initSqlJs()
  const db = new SQL.Database()
  if (!tables) {
    db.run('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)')
    return db.export()
  }
  db.run(`CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, service TEXT);
    CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT, text TEXT,
      handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER, is_from_me INTEGER DEFAULT 0,
      attributedBody BLOB)`)
  const handles = ['Tinkoff', 'OZON', PLANTED_SMS.numbers[0], '95188']
  handles.forEach((id, i) =>
    db.run('INSERT INTO handle (ROWID, id, service) VALUES (?, ?, ?)', [i + 1, id, 'SMS'])
  )
  const rows: Array<[string | null, number, string, number]> = [
    [`Код для входа: ${PLANTED_SMS.codes[0]}. Никому не говорите.`, 1, '2025-11-12T10:00:00Z', 0],
    ['Покупка 4 500 ₽, баланс 12 000 ₽', 1, '2025-11-10T10:00:00Z', 0],
    ['Заказ доставлен', 2, '2025-11-01T10:00:00Z', 0],
    [PLANTED_SMS.bodies[0], 3, '2025-11-05T10:00:00Z', 0],
    ['ok', 3, '2025-11-05T10:01:00Z', 1],
    [`【支付宝】校验码${PLANTED_SMS.codes[1]}，请勿泄露。`, 4, '2025-11-11T10:00:00Z', 0],
    // Newer iOS keeps some texts only in attributedBody: still counted.
    [null, 2, '2025-11-09T10:00:00Z', 0]
  ]
  for (const [text, handle, iso, fromMe] of rows)
    db.run(
      'INSERT INTO message (text, handle_id, date, is_from_me, service) VALUES (?, ?, ?, ?, ?)',
      [text, handle, appleNs(iso), fromMe, 'SMS']
    )
  return db.export()
}

describe('iPhone sms.db', () => {
  it('is told by its content and read: services with codes, people, sent ones left out', async () => {
    const bytes = await smsDb()
    expect(smsFormatOf(bytes)).toBe('iphone-db')
    const found = await readSmsExport(
      'iphone-db',
      pieces(bytes, () => undefined),
      appCatalog(),
      [],
      []
    )
    expect(found.format).toBe('iPhone Messages (sms.db)')
    expect(
      found.candidates.map((c) => [c.catalogId, c.sms?.messages, c.sms?.codes, c.sms?.last])
    ).toEqual([
      ['t-bank', 2, 1, '2025-11-12'],
      ['alipay', 1, 1, '2025-11-11'],
      ['ozon', 2, 0, '2025-11-09']
    ])
    expect(found.sms).toMatchObject({ messages: 7, received: 6 })
    expect(found.sms?.people).toEqual([
      { name: null, contact: PLANTED_SMS.numbers[0], messages: 1, last: '2025-11-05', sim: '-1' }
    ])
  })

  it('refuses a SQLite file without the messages tables, and one over the stated size', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
    await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
    const other = join(dir, 'other.sqlite')
    await writeFile(other, await smsDb(false))
    const wrong = await core.call('discoverAccounts', { source: { path: other } })
    expect(wrong.ok ? null : wrong.error.message).toMatch(/not an iPhone messages database/)

    // A sparse file: its size is what counts, nothing is read.
    const big = join(dir, 'sms.db')
    await writeFile(big, await smsDb())
    const handle = await open(big, 'r+')
    await handle.truncate(MAX_SMS_DB_BYTES + 1)
    await handle.close()
    const refused = await core.call('discoverAccounts', { source: { path: big } })
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'badFile',
      message: expect.stringMatching(/larger than 256 MB.*CSV/)
    })
  })
})
