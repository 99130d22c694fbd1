import Papa from 'papaparse'
import { Tally, every, type ExportInput, type ExportReader, type ParsedExport } from './reader'

type CsvInput = Extract<ExportInput, { kind: 'csv' }>

/**
 * Splits CSV text into a header row and data rows. A row the parser flags (a stray
 * quote) or whose field count differs from the header's is counted as unreadable and
 * left out, so one bad row never costs the rest of the file. 1Password 7 for Mac writes
 * a quote inside a quoted cell as \" where CSV doubles it: when the usual reading
 * leaves rows unreadable, the file is read again that way and the better reading kept.
 */
export function csvTable(text: string): CsvInput {
  const doubled = table(text, '"')
  if (doubled.unreadable === 0) return doubled
  const backslashed = table(text, '\\')
  return backslashed.unreadable < doubled.unreadable ? backslashed : doubled
}

function table(text: string, escapeChar: string): CsvInput {
  const result = Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    escapeChar,
    skipEmptyLines: 'greedy'
  })
  const flagged = new Set(result.errors.map((e) => e.row).filter((r) => r !== undefined))
  const [first = [], ...rest] = result.data
  const headers = first.map((h) => h.trim())
  const rows: string[][] = []
  let unreadable = 0
  rest.forEach((row, i) => {
    if (flagged.has(i + 1) || row.length !== headers.length) unreadable++
    else rows.push(row)
  })
  return { kind: 'csv', headers, rows, unreadable }
}

/** One row by column name; a missing column reads as ''. */
export type Row = (column: string) => string

export interface CsvSpec {
  id: string
  label: string
  /** Told from the header row alone. */
  detect: (headers: ReadonlySet<string>, list: readonly string[]) => boolean
  /** Counts the row in the tally: a login with its name, URLs and login, or a skip. */
  row?: RowReader
  /** For files whose columns vary: builds the row reader from the header row, once. */
  prepare?: (headers: readonly string[]) => RowReader
}

export type RowReader = (get: Row, tally: Tally) => void

/** A reader for a CSV export: the header row detects it, each row goes to `spec.row`. */
export function csvReader(spec: CsvSpec): ExportReader {
  return {
    id: spec.id,
    label: spec.label,
    kind: 'csv',
    detect: (input) => input.kind === 'csv' && spec.detect(new Set(input.headers), input.headers),
    read: (input, progress): ParsedExport => {
      if (input.kind !== 'csv') throw new Error('A CSV reader was given another kind of file.')
      const tally = new Tally(spec.id)
      tally.unreadable(input.unreadable)
      const index = new Map<string, number>()
      // The first of two columns with one name wins, as in a spreadsheet lookup.
      input.headers.forEach((h, i) => index.has(h) || index.set(h, i))
      const tick = every(input.rows.length, progress)
      const read = spec.prepare?.(input.headers) ?? spec.row
      if (!read) throw new Error(`${spec.id} has no row reader.`)
      input.rows.forEach((row, i) => {
        read((column) => {
          const at = index.get(column)
          return at === undefined ? '' : (row[at] ?? '').trim()
        }, tally)
        tick(i + 1)
      })
      return tally.result()
    }
  }
}

/** Whether every one of these columns is present. */
export function hasAll(headers: ReadonlySet<string>, columns: readonly string[]): boolean {
  return columns.every((c) => headers.has(c))
}

/** Whether the header row is exactly these columns, in any order. */
export function isExactly(list: readonly string[], columns: readonly string[]): boolean {
  return list.length === columns.length && hasAll(new Set(list), columns)
}
