import { readFileSync } from 'node:fs'
import initSqlJs from 'sql.js'
import { DomainError } from '../../errors'
import { textOfAttributedBody } from './attributed-body'
import type { SmsMessage } from './sms-message'

/**
 * sql.js holds the whole database in memory, twice while it opens it: a messages
 * database larger than this is refused, with the way round it.
 */
export const MAX_SMS_DB_BYTES = 256 * 1024 * 1024

export const SQLITE_MAGIC = 'SQLite format 3\u0000'

/** Apple's clock starts on 1 January 2001; since iOS 11 it counts nanoseconds. */
const APPLE_EPOCH_MS = Date.UTC(2001, 0, 1)

function dateOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : NaN
  if (!Number.isFinite(n) || n <= 0) return null
  return APPLE_EPOCH_MS + (n > 1e12 ? n / 1e6 : n * 1000)
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
 */
export async function iphoneSmsMessages(bytes: Uint8Array): Promise<SmsMessage[]> {
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
  try {
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")
    const names = new Set((tables[0]?.values ?? []).map((row) => String(row[0])))
    if (!names.has('message') || !names.has('handle'))
      throw new DomainError(
        'badFile',
        'This SQLite database is not an iPhone messages database (sms.db): it has no message and handle tables.'
      )
    // Databases from before iOS 10 have no attributedBody column.
    const columns = db.exec('PRAGMA table_info(message)')
    const rich = (columns[0]?.values ?? []).some((row) => row[1] === 'attributedBody')
    const statement = db.prepare(
      `SELECT h.id, m.text, m.date, m.is_from_me, ${rich ? 'm.attributedBody' : 'NULL'} FROM message m LEFT JOIN handle h ON h.ROWID = m.handle_id`
    )
    const messages: SmsMessage[] = []
    try {
      while (statement.step()) {
        const [sender, text, date, fromMe, attributed] = statement.get()
        const body =
          typeof text === 'string' && text !== ''
            ? text
            : attributed instanceof Uint8Array
              ? (textOfAttributedBody(attributed) ?? '')
              : ''
        messages.push({
          sender: typeof sender === 'string' ? sender : '',
          contactName: null,
          date: dateOf(date),
          body,
          received: Number(fromMe) === 0
        })
      }
    } finally {
      statement.free()
    }
    return messages
  } catch (error) {
    if (error instanceof DomainError) throw error
    throw new DomainError('badFile', 'This messages database could not be read.')
  } finally {
    db.close()
  }
}
