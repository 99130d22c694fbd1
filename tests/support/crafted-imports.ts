// Small files that ask a reader for far more memory than they weigh: the tests prove each
// is answered as a bad file, and the benchmark measures the peak memory of reading each.
import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import initSqlJs from 'sql.js'
import { ZipFile } from 'yazl'

const MB = 1024 * 1024

/** `megabytes` of `line` repeated, streamed: deflated by the ZIP writer to a few KB. */
function repeated(line: string, megabytes: number): Readable {
  const piece = Buffer.from(line.repeat(Math.ceil(MB / line.length)).slice(0, MB))
  let left = megabytes
  return new Readable({
    read() {
      this.push(left-- > 0 ? piece : null)
    }
  })
}

async function writeZip(
  path: string,
  entries: Array<{ name: string; data: Buffer } | { name: string; stream: Readable }>
): Promise<void> {
  const zip = new ZipFile()
  for (const entry of entries)
    if ('data' in entry) zip.addBuffer(entry.data, entry.name)
    else zip.addReadStream(entry.stream, entry.name, { compressionLevel: 1 })
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(path))
}

/**
 * Dashlane's CSV export with a real credentials.csv beside four more CSVs of
 * `megabytesEach` MB each, every one of them under any per-file limit.
 */
export async function inflatingDashlaneZip(path: string, megabytesEach: number): Promise<void> {
  const credentials =
    'username,username2,username3,title,password,note,url,category,otpUrl\n' +
    'anna@mail.ru,,,Ozon,secret-password,,https://www.ozon.ru,,\n'
  await writeZip(path, [
    { name: 'credentials.csv', data: Buffer.from(credentials) },
    ...['securenotes.csv', 'payments.csv', 'ids.csv', 'personalInfo.csv'].map((name) => ({
      name,
      stream: repeated('title,note,type\nnote,"lorem ipsum dolor sit amet",text\n', megabytesEach)
    }))
  ])
}

/** A 1Password .1pux whose export.data unpacks to `megabytes` MB of JSON. */
export async function inflating1pux(path: string, megabytes: number): Promise<void> {
  const item =
    '{"uuid":"x","categoryUuid":"003","overview":{"title":"note"},"details":{"notesPlain":"lorem ipsum"}},'
  const head = Readable.from([Buffer.from('{"accounts":[{"vaults":[{"items":[')])
  const body = repeated(item, megabytes)
  const tail = Buffer.from('{"categoryUuid":"003"}]}]}]}')
  const data = Readable.from(
    (async function* () {
      for await (const chunk of head) yield chunk as Buffer
      for await (const chunk of body) yield chunk as Buffer
      yield tail
    })()
  )
  await writeZip(path, [
    { name: 'export.attributes', data: Buffer.from('{"version":3,"description":"1PUX"}') },
    { name: 'export.data', stream: data }
  ])
}

const SMS_TABLES = `CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, service TEXT)`

/**
 * An sms.db of 16 KB whose message text (or sender) is computed on reading, 500 MB a
 * row: read naively it takes gigabytes. Its rows are written first and the column made
 * computed afterwards in the schema, as a crafted file is made in a moment.
 */
export async function computedSmsDb(where: 'message' | 'handle' = 'message'): Promise<Uint8Array> {
  const SQL = await initSqlJs()
  const db = new SQL.Database()
  db.run(SMS_TABLES)
  db.run(`CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, handle_id INTEGER,
    date INTEGER, is_from_me INTEGER DEFAULT 0, attributedBody BLOB, text TEXT)`)
  db.run(`INSERT INTO handle (ROWID, id, service) VALUES (1, 'Tinkoff', 'SMS')`)
  for (let i = 0; i < 6; i++)
    db.run('INSERT INTO message (handle_id, date) VALUES (1, ?)', [7e17 + i * 1e12])
  const [table, column] =
    where === 'handle' ? ['handle', 'id TEXT NOT NULL'] : ['message', 'text TEXT']
  const computed = `${column.split(' ')[0]} TEXT GENERATED ALWAYS AS (printf('%.*c', 500000000, 'x')) VIRTUAL`
  db.run('PRAGMA writable_schema = ON')
  db.run('UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?', [
    column,
    computed,
    table
  ])
  const bytes = db.export()
  db.close()
  return bytes
}

/**
 * An sms.db that stores `rows` messages of `megabytes` MB each from T-Bank, each starting
 * with a one-time code, and one more whose code comes only after `megabytes` MB of text.
 */
export async function bigValuesSmsDb(path: string, rows: number, megabytes: number): Promise<void> {
  const SQL = await initSqlJs()
  const db = new SQL.Database()
  db.run(SMS_TABLES)
  db.run(`CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, handle_id INTEGER,
    date INTEGER, is_from_me INTEGER DEFAULT 0, attributedBody BLOB, text TEXT)`)
  db.run(`INSERT INTO handle (ROWID, id, service) VALUES (1, 'Tinkoff', 'SMS')`)
  // The padding is made inside SQLite: no 24 MB string crosses into it.
  const code = 'Код для входа: 4821. Никому не говорите.'
  const padding = `printf('%.*c', ${megabytes * MB}, ' ')`
  const insert = (date: number, text: string): void => {
    db.run(`INSERT INTO message (handle_id, date, text) VALUES (1, ${date}, ${text})`, [code])
  }
  for (let i = 0; i < rows; i++) insert(7e17 + i * 1e12, `? || ${padding}`)
  insert(7e17 + rows * 1e12, `${padding} || ?`)
  await writeFile(path, db.export())
  db.close()
}

/** An SMS Backup & Restore file of `megabytes` MB whose second message is one long tag. */
export async function longTagSmsXml(path: string, megabytes: number): Promise<void> {
  const head = Buffer.from(
    '<?xml version="1.0"?><smses count="2"><sms address="OZON" date="1700000000000" type="1" body="Заказ доставлен" /><sms address="OZON" date="1700000000000" type="1" body="'
  )
  const body = repeated('> > lorem ipsum > dolor > sit amet ', megabytes)
  await pipeline(
    Readable.from(
      (async function* () {
        yield head
        for await (const chunk of body) yield chunk as Buffer
        yield Buffer.from('" /></smses>\n')
      })()
    ),
    createWriteStream(path)
  )
}
