import type { ExportCounts, GenericColumns } from '../../../shared/domain/discovery'

/**
 * What is kept of one saved login: its title, web addresses, Android apps, login name
 * and any phone number stored beside it. Never a password, note, TOTP secret, card or
 * other field: a reader copies only these out of the file.
 */
export interface SavedLogin {
  name: string
  urls: string[]
  /** Android package names of app logins (android://…@com.vkontakte.android/). */
  apps: string[]
  login: string
  /** Phone numbers stored in the item's own fields; compared with the old number only. */
  phones: string[]
}

/** What a reader gets: the file as a table, a JSON value, a ZIP's entries or XML text. */
export type ExportInput =
  | { kind: 'csv'; headers: string[]; rows: string[][]; unreadable: number }
  | { kind: 'json'; value: unknown }
  | { kind: 'zip'; names: string[]; text: (name: string) => Promise<string> }
  | { kind: 'xml'; root: string; text: string }

export type Progress = (done: number, total: number) => void

export interface ParsedExport {
  format: string
  logins: SavedLogin[]
  counts: ExportCounts
  /** The columns a generic CSV was read by (see generic-csv.ts); absent for a known format. */
  columns?: GenericColumns
}

/**
 * One password manager's export format: `detect` looks only at the header row, the JSON
 * shape, the ZIP's entry names or the XML root, and must claim no file another reader
 * claims; `read` takes out the logins and counts the rest.
 */
export interface ExportReader {
  id: string
  /** The manager and format, as the user knows them: "Bitwarden (JSON)". */
  label: string
  kind: ExportInput['kind']
  detect: (input: ExportInput) => boolean
  read: (input: ExportInput, progress: Progress) => ParsedExport | Promise<ParsedExport>
}

export type ItemKind = 'login' | 'note' | 'card' | 'identity' | 'other'

/** Collects a file's logins and counts every item by kind while a reader walks it. */
export class Tally {
  readonly logins: SavedLogin[] = []
  readonly counts: ExportCounts = {
    items: 0,
    logins: 0,
    skipped: { notes: 0, cards: 0, identities: 0, other: 0, unreadable: 0 }
  }

  constructor(private readonly format: string) {}

  login(login: Partial<SavedLogin>): void {
    this.counts.items++
    this.counts.logins++
    this.logins.push({
      name: clean(login.name),
      urls: [...new Set((login.urls ?? []).map(clean).filter(Boolean))],
      apps: login.apps ?? [],
      login: clean(login.login),
      phones: (login.phones ?? []).map(clean).filter(Boolean)
    })
  }

  skip(kind: Exclude<ItemKind, 'login'>): void {
    this.counts.items++
    const key = ({ note: 'notes', card: 'cards', identity: 'identities', other: 'other' } as const)[
      kind
    ]
    this.counts.skipped[key]++
  }

  unreadable(count = 1): void {
    this.counts.items += count
    this.counts.skipped.unreadable += count
  }

  result(): ParsedExport {
    return { format: this.format, logins: this.logins, counts: this.counts }
  }
}

/** Text as a label: control characters out, length bounded, never a formula. */
export function clean(value: unknown): string {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : ''
  return (
    text
      // Control characters are what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim()
      .slice(0, 300)
  )
}

/** A JSON object's field as text, or '' when it is missing or not text. */
export function text(value: unknown, key: string): string {
  if (typeof value !== 'object' || value === null) return ''
  const field = (value as Record<string, unknown>)[key]
  return typeof field === 'string' || typeof field === 'number' ? String(field) : ''
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Calls progress every so many items, and once at the end. */
export function every(total: number, progress: Progress): (done: number) => void {
  const step = Math.max(1, Math.floor(total / 100))
  return (done) => {
    if (done === total || done % step === 0) progress(done, total)
  }
}
