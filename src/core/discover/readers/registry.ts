import { appleCsv } from './apple-csv'
import { bitwardenCsv } from './bitwarden-csv'
import { bitwardenJson } from './bitwarden-json'
import { chromeCsv } from './chrome-csv'
import { dashlaneCsv } from './dashlane-csv'
import { dashlaneZip } from './dashlane-zip'
import { enpassJson } from './enpass-json'
import { firefoxCsv } from './firefox-csv'
import { genericCsv } from './generic-csv'
import { keepassxcCsv } from './keepassxc-csv'
import { keeperJson } from './keeper-json'
import { lastpassCsv } from './lastpass-csv'
import { nordpassCsv } from './nordpass-csv'
import { onepassword1pux } from './onepassword-1pux'
import { onepassword7MacCsv, onepassword7WindowsCsv, onepassword8Csv } from './onepassword-csv'
import { protonpassCsv } from './protonpass-csv'
import { protonpassJson } from './protonpass-json'
import { protonpassZip } from './protonpass-zip'
import type { ExportInput, ExportReader } from './reader'
import { safeincloudXml } from './safeincloud-xml'

/** Every format we read. The order does not matter: at most one may claim a file. */
export const READERS: readonly ExportReader[] = [
  bitwardenJson,
  bitwardenCsv,
  chromeCsv,
  firefoxCsv,
  appleCsv,
  keepassxcCsv,
  onepassword1pux,
  onepassword8Csv,
  onepassword7WindowsCsv,
  onepassword7MacCsv,
  lastpassCsv,
  dashlaneCsv,
  dashlaneZip,
  nordpassCsv,
  protonpassJson,
  protonpassZip,
  protonpassCsv,
  enpassJson,
  keeperJson,
  safeincloudXml
]

/** The readers whose signature the file has: one in a working build, none for a stranger. */
export function claimants(input: ExportInput): ExportReader[] {
  return READERS.filter((r) => r.kind === input.kind && r.detect(input))
}

/**
 * The one reader for this file, or null. Two readers claiming one file is a defect in
 * their signatures, not the file's fault: it is reported as such rather than guessed.
 * The generic CSV reader is asked only when no format claims the file, so a known
 * export is never read by guesswork.
 */
export function readerFor(input: ExportInput): ExportReader | null {
  const found = claimants(input)
  if (found.length > 1)
    throw new Error(`Two export formats claim this file: ${found.map((r) => r.id).join(', ')}.`)
  return found[0] ?? (genericCsv.detect(input) ? genericCsv : null)
}

/** The managers we read, for messages: "Bitwarden, Chrome / Edge, …". */
export function managerNames(): string {
  const names = READERS.map((r) =>
    r.label.replace(/\s*\(.*\)$/, '').replace(/ \d+( for \w+)?$/, '')
  )
  return [...new Set(names)].join(', ')
}
