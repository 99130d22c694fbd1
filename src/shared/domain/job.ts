import type { VerifyReport } from '../archive/manifest'
import type { AppError } from '../result'
import type { ContactCandidate, Discovery } from './discovery'

export const JOB_KINDS = [
  'export',
  'verify',
  'restore',
  'discoverAccounts',
  'discoverContacts'
] as const
export type JobKind = (typeof JOB_KINDS)[number]

/** A proof left out of an export: its file is missing from the vault, or damaged. */
export interface LeftOutProof {
  proofId: string
  /** The file's name as the user attached it. */
  name: string
  problem: 'missing' | 'damaged'
}

export interface ExportOutcome {
  /** Where the archive was written. */
  path: string
  name: string
  bytes: number
  files: number
  /** Web mode: the address that downloads it; desktop: null (the file is already where the user chose). */
  download: string | null
  /** The archive is checked right after it is written. */
  verified: VerifyReport
  /** Proofs that could not be read and are not in the archive (its report names them). */
  leftOut: LeftOutProof[]
}

export interface RestoreOutcome {
  cases: number
  accounts: number
  people: number
  proofs: number
  history: number
}

/**
 * What a job is doing now, for its label: an import first reads the file, then matches
 * what it read against the catalog. Archive jobs have one step and say null.
 */
export const JOB_STAGES = ['reading', 'matching'] as const
export type JobStage = (typeof JOB_STAGES)[number]

interface JobBase {
  id: string
  state: 'running' | 'done' | 'failed' | 'cancelled'
  /**
   * Work done so far and in all, in the stage's unit: bytes for archives and while
   * reading a file, entries while matching; total 0 when unknown.
   */
  done: number
  total: number
  stage: JobStage | null
  error: AppError | null
}

/** Long work (export, verify, restore, reading an import) runs as a job the UI polls. */
export type Job =
  | (JobBase & { kind: 'export'; result: ExportOutcome | null })
  | (JobBase & { kind: 'verify'; result: VerifyReport | null })
  | (JobBase & { kind: 'restore'; result: RestoreOutcome | null })
  | (JobBase & { kind: 'discoverAccounts'; result: Discovery | null })
  | (JobBase & { kind: 'discoverContacts'; result: ContactCandidate[] | null })
