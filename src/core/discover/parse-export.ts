import { parseBoundedJson } from './read-limits'
import { DomainError } from '../errors'
import type { Refusal } from '../../shared/result'
import { csvTable } from './readers/csv-table'
import { managerNames, readerFor } from './readers/registry'
import type { ExportInput, ParsedExport } from './readers/reader'
import { xmlRoot } from './readers/small-xml'
import { isZip, openZipExport } from './readers/zip-export'

export type { ParsedExport, SavedLogin } from './readers/reader'

/** Larger than any real password export: refused before it is read. */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024

const bad = (message: string, reason?: Refusal): DomainError =>
  new DomainError('badFile', message, reason)

/** KeePass's database files (.kdbx, .kdb) begin with these bytes. */
const KEEPASS_MAGIC = 0x9aa2d903

/** What to do with a file we cannot read: what we read, and how three common managers export. */
function unknownFormat(what: string): DomainError {
  const managers = managerNames()
  return bad(
    `${what} Unlinker reads the exports of ${managers}. ` +
      'From Chrome or Edge: Settings → Passwords (Google Password Manager) → Settings → Export passwords. ' +
      'From Apple Passwords or Safari: File → Export All Passwords. ' +
      'From 1Password 8: File → Export, and keep the 1PUX format.',
    { key: 'unknownExport', values: { managers } }
  )
}

/**
 * Reads a password manager's export, recognised by its content, never its name: a ZIP
 * (1Password's .1pux, Proton Pass, Dashlane), JSON, XML or CSV. Exactly one reader may
 * claim the file. Only names, addresses, login names and phone numbers leave it.
 */
export async function parsePasswordExport(
  bytes: Buffer,
  onProgress?: (done: number, total: number) => void
): Promise<ParsedExport> {
  const { input, close, unknown } = await exportInput(bytes)
  try {
    const reader = readerFor(input)
    if (!reader) throw unknownFormat(unknown)
    return await reader.read(input, onProgress ?? (() => undefined))
  } finally {
    close()
  }
}

/**
 * Dashlane's secure archive: a text file whose encrypted vault is one base64 line after a
 * "Data BEGIN" line (the shape password-recovery tools read it by).
 */
const DASHLANE_SECURE_ARCHIVE = /Data BEGIN[^\n]*\r?\n[A-Za-z0-9+/]{40,}={0,2}\r?$/m

/**
 * The file as its readers see it: a ZIP's entry list, a JSON value, an XML root or a
 * CSV table. Files that are exports but encrypted are refused here, with the way to
 * export them readable.
 */
export async function exportInput(
  bytes: Buffer
): Promise<{ input: ExportInput; close: () => void; unknown: string }> {
  const none = (): void => undefined
  if (bytes.length > MAX_EXPORT_BYTES)
    throw bad('This file is far larger than a password export (the limit is 50 MB).')
  if (isZip(bytes)) {
    const zip = await openZipExport(bytes)
    return { ...zip, unknown: 'This ZIP file is not an export Unlinker knows.' }
  }
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === KEEPASS_MAGIC)
    throw bad(
      'This is a KeePass database, which is encrypted. In KeePassXC choose Database → Export → CSV File, and choose that file.',
      { key: 'keepassDatabase' }
    )
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  if (text.trim() === '') throw bad('The file is empty.')
  if (text.includes('\u0000'))
    throw unknownFormat('This is not a text export (it holds binary data).')
  const start = text.trimStart()
  if (DASHLANE_SECURE_ARCHIVE.test(start.slice(0, 4096)))
    throw bad(
      'This is a Dashlane secure archive (.dash), which is encrypted. In Dashlane choose Settings → Export data → CSV, and choose the ZIP it downloads.',
      { key: 'dashlaneEncrypted' }
    )
  if (start.startsWith('-----BEGIN PGP'))
    throw bad(
      'This export is encrypted with a passphrase (Proton Pass offers this). In Proton Pass open Settings → Export, turn encryption off, and choose that file.',
      { key: 'protonPassEncrypted' }
    )
  if (start.startsWith('{') || start.startsWith('[')) {
    let value: unknown
    try {
      value = parseBoundedJson(text)
    } catch (error) {
      if (error instanceof DomainError) throw error
      throw bad('This JSON file is broken; export it again from your password manager.')
    }
    return {
      input: { kind: 'json', value },
      close: none,
      unknown: 'This JSON file is not an export Unlinker knows.'
    }
  }
  if (start.startsWith('<'))
    return {
      input: { kind: 'xml', root: xmlRoot(start) ?? '', text: start },
      close: none,
      unknown: 'This XML file is not an export Unlinker knows.'
    }
  return {
    input: csvTable(text),
    close: none,
    unknown: 'This file is not an export Unlinker knows.'
  }
}
