import Papa from 'papaparse'
import { z } from 'zod'
import { DomainError } from '../errors'
import { detectCsvFormat, type ExportFormat } from './export-formats'

/** What is kept of one saved login: never its password, notes, TOTP or fields. */
export interface SavedLogin {
  name: string
  urls: string[]
  login: string
}

export interface ParsedExport {
  format: ExportFormat
  logins: SavedLogin[]
}

/** Larger than any real password export: refused before it is read. */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024

const BitwardenJson = z.object({
  encrypted: z.boolean().optional(),
  items: z.array(
    z.object({
      name: z.string().nullish(),
      login: z
        .object({
          username: z.string().nullish(),
          uris: z.array(z.object({ uri: z.string().nullish() })).nullish()
        })
        .nullish()
    })
  )
})

const bad = (message: string): DomainError => new DomainError('badFile', message)

/** Reads a password manager's export, recognised by its content, not its name. */
export function parsePasswordExport(bytes: Buffer): ParsedExport {
  if (bytes.length > MAX_EXPORT_BYTES)
    throw bad('This file is far larger than a password export (the limit is 50 MB).')
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  if (text.trim() === '') throw bad('The file is empty.')
  if (text.includes('\u0000')) throw bad('This is not a text export (it holds binary data).')
  return text.trimStart().startsWith('{') ? parseBitwardenJson(text) : parseCsv(text)
}

function parseBitwardenJson(text: string): ParsedExport {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw bad('This JSON file is broken; export it again from your password manager.')
  }
  if (typeof json === 'object' && json && (json as { encrypted?: unknown }).encrypted === true)
    throw bad(
      'This Bitwarden export is encrypted. Export it again as "JSON" (not "JSON (Encrypted)").'
    )
  const parsed = BitwardenJson.safeParse(json)
  if (!parsed.success) throw bad('This JSON file is not a Bitwarden export.')
  return {
    format: 'bitwarden-json',
    logins: parsed.data.items
      .filter((item) => item.login)
      .map((item) => ({
        name: clean(item.name),
        urls: (item.login?.uris ?? []).map((u) => clean(u.uri)).filter(Boolean),
        login: clean(item.login?.username)
      }))
  }
}

function parseCsv(text: string): ParsedExport {
  const result = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim()
  })
  const format = detectCsvFormat(result.meta.fields ?? [])
  if (!format)
    throw bad(
      'This file is not an export Unlinker knows. Use a CSV or JSON export from Bitwarden, Chrome, Edge, Firefox, KeePassXC, 1Password or Apple Passwords.'
    )
  const broken = result.errors.find((e) => e.type === 'Quotes' || e.type === 'FieldMismatch')
  if (broken)
    throw bad(
      `Row ${(broken.row ?? 0) + 2} of this file is broken (${broken.message.toLowerCase()}). Nothing was imported; export the file again.`
    )
  // Only the three columns we need leave the parser's row.
  const logins = result.data.map((row) => ({
    name: format.name ? clean(row[format.name]) : '',
    urls: format.urls.map((column) => clean(row[column])).filter(Boolean),
    login: clean(row[format.login])
  }))
  return { format: format.id, logins }
}

/** Text as a label: control characters out, length bounded, never a formula. */
function clean(value: unknown): string {
  return (
    String(value ?? '')
      // Control characters are what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim()
      .slice(0, 300)
  )
}
