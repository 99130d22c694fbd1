import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Account } from '../../shared/domain/account'
import type { ContactCandidate, Discovery } from '../../shared/domain/discovery'
import type { JobStage } from '../../shared/domain/job'
import type { ErrorCode, Refusal } from '../../shared/result'
import { DomainError } from '../errors'
import type { FolderNumber } from './folder-numbers'
import { IMPORT_HEAP_MB, tooLargeToRead } from './read-limits'
import type { SmsFormat } from './sms/read-sms-export'

export type DiscoverTask =
  | {
      kind: 'accounts'
      bytes: Uint8Array
      /** The folder's numbers: a login or a SIM's line may be any of them. */
      cases: FolderNumber[]
      accounts: Account[]
    }
  | { kind: 'contacts'; bytes: Uint8Array }
  | {
      kind: 'sms'
      /** A message export is streamed from its file: it may be hundreds of MB. */
      path: string
      format: SmsFormat
      cases: FolderNumber[]
      accounts: Account[]
    }

/** What the worker sends: progress while it works, then one answer. */
export type WorkerMessage =
  | { type: 'progress'; stage: JobStage; done: number; total: number }
  | { type: 'answer'; ok: true; data: Discovery | ContactCandidate[] }
  | { type: 'answer'; ok: false; code: string; message: string; reason?: Refusal }

/** Where the work has got to, and a way to stop it (the worker is then terminated). */
export interface OffThreadControl {
  progress?: (done: number, total: number, stage: JobStage) => void
  signal?: AbortSignal
  /** The most the reader's heap may grow to, in MB (IMPORT_HEAP_MB unless given). */
  heapMb?: number
}

/**
 * The worker: `out/main/discover-worker.js` in the built app and CLI, the TypeScript
 * source through tsx when running from source. UNLINKER_DISCOVER_WORKER names a built
 * worker to use from source instead: the Node tests set it, since their global setup
 * keeps out/ as new as the sources, and tsx would transpile the readers again in every
 * worker. In the packaged app the file is inside app.asar, which needs no unpacking:
 * Electron reads asar archives in worker threads since version 18
 * (https://github.com/electron/electron/pull/33216).
 */
function newWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb }
  const named = process.env.UNLINKER_DISCOVER_WORKER
  if (named && existsSync(named)) return new Worker(named, { resourceLimits })
  // The bundle may put this code in out/main/chunks/: the worker is in out/main/.
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const built = join(dir, 'discover-worker.js')
    if (existsSync(built)) return new Worker(built, { resourceLimits })
  }
  const source = join(__dirname, 'discover-worker.ts')
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)})`, {
    eval: true,
    resourceLimits
  })
}

/** Runs one parse (and match) in a worker thread; the app answers meanwhile. */
function runInWorker(
  task: DiscoverTask,
  control: OffThreadControl
): Promise<Discovery | ContactCandidate[]> {
  if (control.signal?.aborted) return Promise.reject(cancelled())
  const worker = newWorker(control.heapMb ?? IMPORT_HEAP_MB)
  return new Promise<Discovery | ContactCandidate[]>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress')
        control.progress?.(message.done, message.total, message.stage)
      else if (message.ok) resolve(message.data)
      else reject(new DomainError(message.code as ErrorCode, message.message, message.reason))
    })
    worker.once('error', (error: Error & { code?: string }) =>
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLargeToRead() : error)
    )
    worker.once('exit', (code) =>
      reject(new DomainError('internal', `The file reader stopped (code ${code}).`))
    )
    control.signal?.addEventListener('abort', () => reject(cancelled()), { once: true })
    // The bytes move to the worker: no 40 MB copy.
    const bytes = 'bytes' in task ? task.bytes : null
    const transfer =
      bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? [bytes.buffer as ArrayBuffer]
        : []
    worker.postMessage(task, transfer)
  }).finally(() => void worker.terminate())
}

function cancelled(): DomainError {
  return new DomainError('cancelled', 'Reading the file was cancelled.')
}

/** Only what matching needs, as plain data for the worker. */
const plainNumbers = (cases: readonly FolderNumber[]): FolderNumber[] =>
  cases.map(({ id, number, country, replacementNumber }) => ({
    id,
    number,
    country,
    replacementNumber
  }))

export async function discoverAccountsOffThread(
  bytes: Buffer,
  cases: readonly FolderNumber[],
  accounts: Account[],
  control: OffThreadControl = {}
): Promise<Discovery> {
  const task: DiscoverTask = { kind: 'accounts', bytes, cases: plainNumbers(cases), accounts }
  return (await runInWorker(task, control)) as Discovery
}

export async function discoverContactsOffThread(
  bytes: Buffer,
  control: OffThreadControl = {}
): Promise<ContactCandidate[]> {
  return (await runInWorker({ kind: 'contacts', bytes }, control)) as ContactCandidate[]
}

/** Streams a message export from its file in the worker, then matches its senders. */
export async function discoverSmsOffThread(
  path: string,
  format: SmsFormat,
  cases: readonly FolderNumber[],
  accounts: Account[],
  control: OffThreadControl = {}
): Promise<Discovery> {
  const task: DiscoverTask = { kind: 'sms', path, format, cases: plainNumbers(cases), accounts }
  return (await runInWorker(task, control)) as Discovery
}
