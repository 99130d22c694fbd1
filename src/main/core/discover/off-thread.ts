import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Account } from '../../../shared/domain/account'
import type { Case } from '../../../shared/domain/case'
import type { ContactCandidate, Discovery } from '../../../shared/domain/discovery'
import type { ErrorCode } from '../../../shared/result'
import { DomainError } from '../errors'

export type DiscoverTask =
  | {
      kind: 'accounts'
      bytes: Uint8Array
      target: Pick<Case, 'id' | 'number' | 'country'>
      accounts: Account[]
    }
  | { kind: 'contacts'; bytes: Uint8Array }

export type WorkerAnswer =
  { ok: true; data: Discovery | ContactCandidate[] } | { ok: false; code: string; message: string }

/**
 * The worker: `out/main/discover-worker.js` in the built app and CLI, the TypeScript
 * source through tsx when running from source (tests).
 */
function newWorker(): Worker {
  // The bundle may put this code in out/main/chunks/: the worker is in out/main/.
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const built = join(dir, 'discover-worker.js')
    if (existsSync(built)) return new Worker(built)
  }
  const source = join(__dirname, 'discover-worker.ts')
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)})`, { eval: true })
}

/** Runs one parse (and match) in a worker thread and waits for it; the app answers meanwhile. */
function runInWorker(task: DiscoverTask): Promise<Discovery | ContactCandidate[]> {
  const worker = newWorker()
  return new Promise<Discovery | ContactCandidate[]>((resolve, reject) => {
    worker.once('message', (answer: WorkerAnswer) => {
      if (answer.ok) resolve(answer.data)
      else reject(new DomainError(answer.code as ErrorCode, answer.message))
    })
    worker.once('error', reject)
    worker.once('exit', (code) =>
      reject(new DomainError('internal', `The file reader stopped (code ${code}).`))
    )
    // The bytes move to the worker: no 40 MB copy.
    const bytes = task.bytes
    const transfer =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? [bytes.buffer as ArrayBuffer]
        : []
    worker.postMessage(task, transfer)
  }).finally(() => void worker.terminate())
}

export async function discoverAccountsOffThread(
  bytes: Buffer,
  target: Pick<Case, 'id' | 'number' | 'country'>,
  accounts: Account[]
): Promise<Discovery> {
  const plain = { id: target.id, number: target.number, country: target.country }
  return (await runInWorker({ kind: 'accounts', bytes, target: plain, accounts })) as Discovery
}

export async function discoverContactsOffThread(bytes: Buffer): Promise<ContactCandidate[]> {
  return (await runInWorker({ kind: 'contacts', bytes })) as ContactCandidate[]
}
