/** Errors cross IPC and HTTP as values: Electron keeps only the message of a thrown error. */
export const ERROR_CODES = [
  'invalidInput',
  'notFound',
  'conflict',
  'unknownMethod',
  /** A call from somewhere other than the app's own window. */
  'forbidden',
  'storeUnavailable',
  /** A file that is not what it should be (wrong format, empty, broken). */
  'badFile',
  /** A file above the size limit. */
  'tooLarge',
  /** A path that is missing, a folder, or cannot be read. */
  'unreadable',
  /** Removing a proof before its keep-until date needs the user's explicit yes. */
  'retention',
  /** An archive that is not ours, is damaged, or is unsafe to unpack. */
  'badArchive',
  'cancelled',
  /** A call this mode (web or desktop) does not offer. */
  'notAvailable',
  /** The data folder is encrypted and locked: unlock it first. */
  'locked',
  'wrongPassphrase',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppError {
  code: ErrorCode
  message: string
  /** For invalid input: which field failed and why, for the form to show next to it. */
  fields?: Record<string, string>
  /** A refusal the screen can say in the user's language, beyond what the code says. */
  reason?: Refusal
}

/**
 * Why a file was refused, as a message key under `refusals.` and the values it names
 * (product names, never anything read from the file): the screen says it in the app's
 * language, with the steps to take.
 */
export interface Refusal {
  key: RefusalKey
  values?: Record<string, string>
}

export const REFUSAL_KEYS = [
  /** A file no reader claims: what we read, and how three common managers export. */
  'unknownExport',
  'bitwardenEncrypted',
  'protonPassEncrypted',
  'keepassDatabase',
  'dashlaneEncrypted',
  /** The reader ran out of the memory one import may use: no real export needs that much. */
  'tooLargeToRead',
  /** A ZIP that unpacks to more than any export holds. */
  'zipTooLarge',
  /** An XML element larger than any message export's. */
  'xmlTagTooLarge',
  /** A SQLite file whose message columns are computed, which no sms.db has. */
  'smsDatabaseComputed',
  /** A zip Unlinker did not write: nothing in it to check or restore. */
  'notAnArchive'
] as const
export type RefusalKey = (typeof REFUSAL_KEYS)[number]

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError }

export function ok<T>(data: T): Result<T> {
  return { ok: true, data }
}

export function fail(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>
): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } }
}
