import Papa from 'papaparse'
import { UNKNOWN_SIM, type SmsMessage } from './sms-message'

/** Header names as compared: lower case, no spaces, underscores or dashes. */
const norm = (h: string): string => h.toLowerCase().replace(/[\s_-]+/g, '')

/** Column names that iPhone backup tools (iMazing, iExplorer and others) use. */
const COLUMNS = {
  sender: ['senderid', 'sender', 'from', 'address', 'phone', 'phonenumber', 'handle', 'number'],
  name: ['sendername', 'contactname', 'contact', 'name'],
  date: ['messagedate', 'date', 'datetime', 'time', 'timestamp', 'sentdate', 'received'],
  text: ['text', 'body', 'message', 'messagetext', 'content'],
  type: ['type', 'direction', 'isfromme']
} as const

type Column = keyof typeof COLUMNS

function indexes(headers: readonly string[]): Partial<Record<Column, number>> {
  const normalized = headers.map(norm)
  const found: Partial<Record<Column, number>> = {}
  for (const column of Object.keys(COLUMNS) as Column[]) {
    for (const name of COLUMNS[column]) {
      const at = normalized.indexOf(name)
      if (at >= 0 && !Object.values(found).includes(at)) {
        found[column] = at
        break
      }
    }
  }
  return found
}

/**
 * Whether a CSV header row is a message list: a sender, a date and a text column, and
 * nothing a password export has.
 */
export function looksLikeSmsCsv(headerLine: string): boolean {
  const headers = Papa.parse<string[]>(headerLine, { header: false }).data[0] ?? []
  const normalized = headers.map(norm)
  if (normalized.some((h) => h === 'password' || h === 'url' || h === 'username')) return false
  const found = indexes(headers)
  return found.sender !== undefined && found.date !== undefined && found.text !== undefined
}

/** Whether a row's direction column says received; a file without one counts all as received. */
function isReceived(value: string | undefined, column: string | undefined): boolean {
  if (value === undefined || column === undefined) return true
  const v = value.trim().toLowerCase()
  if (column === 'isfromme') return v === '0' || v === 'false' || v === 'no'
  return /^(1|in|incoming|inbox|received|receive|входящее|входящие|接收|收到)$/.test(v)
}

function dateOf(value: string | undefined): number | null {
  const v = (value ?? '').trim()
  if (v === '') return null
  if (/^\d{10,13}$/.test(v)) return v.length === 13 ? Number(v) : Number(v) * 1000
  const ms = Date.parse(v.replace(/^(\d{4}-\d\d-\d\d) /, '$1T'))
  return Number.isFinite(ms) ? ms : null
}

/** The messages of a CSV message list; rows that cannot be read are counted, not thrown. */
export function smsCsvMessages(text: string): { messages: SmsMessage[]; unreadable: number } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: 'greedy'
  })
  const [headers = [], ...rows] = parsed.data
  const at = indexes(headers)
  const typeColumn = at.type === undefined ? undefined : norm(headers[at.type] ?? '')
  const messages: SmsMessage[] = []
  let unreadable = 0
  for (const row of rows) {
    if (row.length !== headers.length) {
      unreadable++
      continue
    }
    const get = (c: Column): string | undefined => (at[c] === undefined ? undefined : row[at[c]])
    const name = (get('name') ?? '').trim()
    messages.push({
      sender: (get('sender') ?? '').trim(),
      contactName: name === '' ? null : name,
      date: dateOf(get('date')),
      body: get('text') ?? '',
      received: isReceived(get('type'), typeColumn),
      // A list of messages names no SIM: the user says which number received them.
      sim: UNKNOWN_SIM
    })
  }
  return { messages, unreadable }
}
