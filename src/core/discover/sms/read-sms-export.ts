import type { Account } from '../../../shared/domain/account'
import type { Discovery } from '../../../shared/domain/discovery'
import type { Catalog } from '../../catalog/catalog'
import type { FolderNumber } from '../folder-numbers'
import { androidSmsMessages, looksLikeAndroidSms } from './android-sms-xml'
import { iphoneSmsMessages, SQLITE_MAGIC } from './iphone-sms-db'
import { SenderIndex } from './sender-match'
import { looksLikeSmsCsv, smsCsvMessages } from './sms-csv'
import { SmsTally } from './sms-tally'

export type SmsFormat = 'android-xml' | 'sms-csv' | 'iphone-db'

export const SMS_FORMAT_LABELS: Record<SmsFormat, string> = {
  'android-xml': 'SMS Backup & Restore (Android XML)',
  'sms-csv': 'Messages (CSV)',
  'iphone-db': 'iPhone Messages (sms.db)'
}

/** How much of a file's start is enough to tell a message export from anything else. */
export const SNIFF_BYTES = 4096

/** The message export this file's first bytes show, or null for anything else. */
export function smsFormatOf(head: Uint8Array | string): SmsFormat | null {
  const text =
    typeof head === 'string' ? head : new TextDecoder().decode(head.subarray(0, SNIFF_BYTES))
  // Any SQLite file is taken for a messages database; its tables are checked on reading.
  if (text.startsWith(SQLITE_MAGIC)) return 'iphone-db'
  if (looksLikeAndroidSms(text)) return 'android-xml'
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  if (!text.trimStart().startsWith('<') && looksLikeSmsCsv(firstLine)) return 'sms-csv'
  return null
}

/** A buffer as a stream of 64 KB pieces (as the file is streamed), with the bytes read so far reported. */
export async function* pieces(
  bytes: Uint8Array,
  progress: (done: number, total: number) => void
): AsyncGenerator<Uint8Array> {
  const size = 64 * 1024
  for (let at = 0; at < bytes.length; at += size) {
    yield bytes.subarray(at, at + size)
    progress(Math.min(at + size, bytes.length), bytes.length)
  }
}

/**
 * Reads a message export (streamed for the XML) and returns what it shows the numbers
 * are tied to, SIM by SIM. Only counts, dates and sender names leave here.
 */
export async function readSmsExport(
  format: SmsFormat,
  chunks: AsyncIterable<Uint8Array>,
  catalog: Catalog,
  cases: readonly FolderNumber[],
  accounts: readonly Account[]
): Promise<Discovery> {
  const tally = new SmsTally(new SenderIndex(catalog))
  if (format === 'android-xml') {
    for await (const message of androidSmsMessages(chunks)) tally.add(message)
  } else if (format === 'iphone-db') {
    const parts: Uint8Array[] = []
    for await (const chunk of chunks) parts.push(chunk)
    // One piece (the worker reads a database whole) is taken as it is, with no second
    // copy, and nothing here keeps it: sql.js copies it in and lets go of it.
    const whole = (): Uint8Array =>
      parts.length === 1 ? parts.pop()! : Buffer.concat(parts.splice(0))
    for await (const message of iphoneSmsMessages(whole())) tally.add(message)
  } else {
    const decoder = new TextDecoder()
    let text = ''
    for await (const chunk of chunks) text += decoder.decode(chunk, { stream: true })
    const { messages, unreadable } = smsCsvMessages(text + decoder.decode())
    for (const message of messages) tally.add(message)
    tally.unreadable += unreadable
  }
  return tally.discovery(SMS_FORMAT_LABELS[format], cases, accounts)
}
