import type { VerifyReport } from '../archive/manifest'
import type { AppError } from '../result'

export const JOB_KINDS = ['export', 'verify', 'restore'] as const
export type JobKind = (typeof JOB_KINDS)[number]

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
}

export interface RestoreOutcome {
  cases: number
  accounts: number
  people: number
  proofs: number
  history: number
}

interface JobBase {
  id: string
  state: 'running' | 'done' | 'failed' | 'cancelled'
  /** Bytes processed so far and in all; total 0 when unknown. */
  done: number
  total: number
  error: AppError | null
}

/** Long work (export, verify, restore) runs as a job the UI polls for progress. */
export type Job =
  | (JobBase & { kind: 'export'; result: ExportOutcome | null })
  | (JobBase & { kind: 'verify'; result: VerifyReport | null })
  | (JobBase & { kind: 'restore'; result: RestoreOutcome | null })
