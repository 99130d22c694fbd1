import { readFileSync } from 'node:fs'
import initSqlJs, { type Database } from 'sql.js'
import { DomainError } from '../../errors'
import { textOfAttributedBody } from './attributed-body'
import { UNKNOWN_SIM, type SmsMessage } from './sms-message'

/**
 * sql.js holds the whole database in memory, twice while it opens it: a messages
 * database larger than this is refused, with the way round it.
 */
export const MAX_SMS_DB_BYTES = 256 * 1024 * 1024

export const SQLITE_MAGIC = 'SQLite format 3\u0000'

/**
 * How much of each message is read: enough for any SMS and for the code or signature at
 * its start, never a whole value a crafted file may make hundreds of MB long.
 */
export const MESSAGE_TEXT_CHARS = 4096
export const ATTRIBUTED_BODY_BYTES = 16 * 1024

const EMPTY = new Uint8Array(0)

/** Apple's clock starts on 1 January 2001; since iOS 11 it counts nanoseconds. */
const APPLE_EPOCH_MS = Date.UTC(2001, 0, 1)

function dateOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : NaN
  if (!Number.isFinite(n) || n <= 0) return null
  return APPLE_EPOCH_MS + (n > 1e12 ? n / 1e6 : n * 1000)
}

/**
 * The line a message came to, from `message.destination_caller_id`: on a dual-SIM iPhone
 * the device's own number that received it (an Apple ID e-mail for iMessage sent to one,
 * which is no SIM). Written as "+" and its digits; anything else is unknown.
 */
function lineOf(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!/^\+?[\d\s().-]{6,20}$/.test(text)) return UNKNOWN_SIM
  return `+${text.replace(/\D/g, '')}`
}

export function tooLargeDb(): DomainError {
  return new DomainError(
    'badFile',
    'This messages database is larger than 256 MB, more than Unlinker reads at once. Export the messages as a CSV file with your iPhone backup tool and choose that file.'
  )
}

/**
 * The messages of an iPhone's sms.db (from an unencrypted computer backup): each row of
 * `message` with its sender from `handle`. iOS 16 and later often leave `text` empty and
 * keep the text only in `attributedBody`; it is read from there, so its codes count too.
 * Messages are yielded one by one as the rows are stepped through. Where the database
 * records the line that received a message (`destination_caller_id`, in databases of
 * dual-SIM iPhones), that line is the message's SIM.
 */
export async function* iphoneSmsMessages(bytes: Uint8Array): AsyncGenerator<SmsMessage> {
  if (bytes.length > MAX_SMS_DB_BYTES) throw tooLargeDb()
  const SQL = await initSqlJs({
    wasmBinary: new Uint8Array(readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'))).buffer
  })
  let db: InstanceType<typeof SQL.Database>
  try {
    db = new SQL.Database(bytes)
  } catch {
    throw new DomainError('badFile', 'This SQLite database could not be opened.')
  }
  // sql.js keeps its own copy: this one may go while the rows are read.
  bytes = EMPTY
  try {
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")
    const names = new Set((tables[0]?.values ?? []).map((row) => String(row[0])))
    if (!names.has('message') || !names.has('handle'))
      throw new DomainError(
        'badFile',
        'This SQLite database is not an iPhone messages database (sms.db): it has no message and handle tables.'
      )
    refuseComputedTables(db)
    // Databases from before iOS 10 have no attributedBody column, older ones no
    // destination_caller_id.
    const columns = new Set(
      (db.exec('PRAGMA table_info(message)')[0]?.values ?? []).map((row) => String(row[1]))
    )
    const rich = columns.has('attributedBody')
      ? `substr(m.attributedBody, 1, ${ATTRIBUTED_BODY_BYTES})`
      : 'NULL'
    const line = columns.has('destination_caller_id')
      ? 'substr(m.destination_caller_id, 1, 64)'
      : 'NULL'
    // Each value is cut where it is read: one row holds at most a few KB here.
    const statement = db.prepare(
      `SELECT substr(h.id, 1, 200), substr(m.text, 1, ${MESSAGE_TEXT_CHARS}), ${number('m.date')}, ${number('m.is_from_me')}, ${rich}, ${line} FROM message m LEFT JOIN handle h ON h.ROWID = m.handle_id`
    )
    try {
      while (statement.step()) {
        const [sender, text, date, fromMe, attributed, receivedOn] = statement.get()
        const body =
          typeof text === 'string' && text !== ''
            ? text
            : attributed instanceof Uint8Array
              ? (textOfAttributedBody(attributed, attributed.length === ATTRIBUTED_BODY_BYTES) ??
                '')
              : ''
        // One at a time: a million rows are counted, never held.
        yield {
          sender: typeof sender === 'string' ? sender : '',
          contactName: null,
          date: dateOf(date),
          body,
          received: Number(fromMe) === 0,
          sim: lineOf(receivedOn)
        }
      }
    } finally {
      statement.free()
    }
  } catch (error) {
    if (error instanceof DomainError) throw error
    throw new DomainError('badFile', 'This messages database could not be read.')
  } finally {
    db.close()
  }
}

/** A column read only when it holds a number: text there could be of any length. */
const number = (column: string): string =>
  `CASE WHEN typeof(${column}) IN ('integer', 'real') THEN ${column} END`

/**
 * An sms.db stores its messages. Columns computed on reading (generated columns) or a
 * virtual table could make each row as large as the file asks ("printf('%.*c', 500000000,
 * 'x')"), in memory before any limit could cut it: such a file is refused unread.
 */
function refuseComputedTables(db: Database): void {
  const computed = (): DomainError =>
    new DomainError(
      'badFile',
      "This database computes its messages instead of storing them, which an iPhone's sms.db never does; it was not read.",
      { key: 'smsDatabaseComputed' }
    )
  for (const table of ['message', 'handle']) {
    const sql = db.exec('SELECT sql FROM sqlite_master WHERE name = ?', [table])[0]?.values[0]?.[0]
    if (typeof sql !== 'string' || /^\s*CREATE\s+VIRTUAL\b/i.test(sql)) throw computed()
    // table_xinfo's `hidden` is 2 or 3 for a generated column (virtual or stored).
    const columns = db.exec(`PRAGMA table_xinfo(${table})`)[0]?.values ?? []
    if (columns.some((row) => Number(row[6]) >= 2)) throw computed()
  }
}
