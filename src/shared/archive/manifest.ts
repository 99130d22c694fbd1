import { z } from 'zod'
import { Account, Timestamp } from '../domain/account'
import { Case, CHECKLIST_ITEMS, type ChecklistItem } from '../domain/case'
import { HistoryEvent } from '../domain/history'
import { Person } from '../domain/person'
import { addedDay, Proof, Sha256 } from '../domain/proof'

export const ARCHIVE_FORMAT = 'unlinker-proof-archive'
/** 2: proofs carry their document date, and the statements of cancellation are listed. */
export const MANIFEST_VERSION = 2
export const MANIFEST_PATH = 'manifest.json'
export const REPORT_PATH = 'report.html'
export const SUMS_PATH = 'SHA256SUMS'

/** A path inside the archive: relative, forward slashes, no `.` or `..` segment. */
export const ArchivePath = z
  .string()
  .min(1)
  .max(1024)
  .refine(isSafeArchivePath, 'not a safe path inside the archive')

export function isSafeArchivePath(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false
  if (/^[A-Za-z]:/.test(path)) return false
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

export const ManifestFile = z.object({
  proofId: z.string(),
  path: ArchivePath,
  size: z.number().int().nonnegative(),
  sha256: Sha256
})
export type ManifestFile = z.infer<typeof ManifestFile>

/** Archives written before accounts recorded these fields: their defaults. */
const ArchivedAccount = Account.extend({
  phoneCodes: Account.shape.phoneCodes.default(null),
  lockedOut: Account.shape.lockedOut.default(false),
  recoversOthers: Account.shape.recoversOthers.default(false)
})
// Older archives' people have no message languages: each is told in their number's.
const ArchivedPerson = Person.extend({
  messageLanguages: Person.shape.messageLanguages.default([])
})
const ArchivedCase = Case.extend({
  lastUseDate: Case.shape.lastUseDate.default(null),
  replacementNumber: Case.shape.replacementNumber.default(null),
  holderForeignCitizen: Case.shape.holderForeignCitizen.default(false),
  holderName: Case.shape.holderName.default(''),
  departureDate: Case.shape.departureDate.default(null),
  keptAbroad: Case.shape.keptAbroad.default(false),
  stateActionsDone: Case.shape.stateActionsDone.default([]),
  // Older archives' numbers have no message languages: theirs is the country's.
  messageLanguages: Case.shape.messageLanguages.default([]),
  // Older archives have the five-item checklist: the items added since count as not done.
  checklist: z.object(
    Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, z.boolean().default(false)])) as Record<
      ChecklistItem,
      z.ZodDefault<z.ZodBoolean>
    >
  )
})

/** Version-1 archives have no document dates: a proof bears the day it was added. */
const ArchivedProof = z.preprocess(
  (value) =>
    value && typeof value === 'object' && !('documentDate' in value) && 'addedAt' in value
      ? { ...value, documentDate: addedDay(String(value.addedAt)) }
      : value,
  Proof
)

/** A statement of cancellation in the archive: one per number, in one or two languages. */
export const ManifestStatement = z.object({
  caseId: z.string(),
  path: ArchivePath,
  sha256: Sha256,
  /** The app's language first, then the number's country's when it differs. */
  languages: z.array(z.string()).min(1).max(2)
})
export type ManifestStatement = z.infer<typeof ManifestStatement>

/** Everything needed to check an archive and to rebuild the records it came from. */
export const Manifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  /** Archives of every earlier version are still read, verified and restored. */
  schemaVersion: z.union([z.literal(1), z.literal(MANIFEST_VERSION)]),
  storeVersion: z.number().int(),
  appVersion: z.string(),
  exportedAt: Timestamp,
  language: z.string(),
  records: z.object({
    cases: z.array(ArchivedCase),
    accounts: z.array(ArchivedAccount),
    people: z.array(ArchivedPerson),
    proofs: z.array(ArchivedProof),
    history: z.array(HistoryEvent)
  }),
  files: z.array(ManifestFile),
  statements: z.array(ManifestStatement).default([])
})
export type Manifest = z.infer<typeof Manifest>

/** What is wrong with an archive's own lists, each said in the reader's language. */
export const VERIFY_PROBLEMS = [
  'sumsMissing',
  'sumsBadLine',
  'manifestMissing',
  'manifestNotJson',
  'manifestNotOurs'
] as const
export type VerifyProblem = (typeof VERIFY_PROBLEMS)[number]

/** What a check of an archive found; `intact` only when every list is empty. */
export interface VerifyReport {
  intact: boolean
  /**
   * A zip Unlinker did not write: no Unlinker manifest, and no checksums that list one
   * (an archive of ours whose manifest was damaged still lists it in SHA256SUMS).
   */
  notArchive: boolean
  files: number
  bytes: number
  missing: string[]
  extra: string[]
  altered: string[]
  problems: VerifyProblem[]
  exportedAt: string | null
  appVersion: string | null
}
