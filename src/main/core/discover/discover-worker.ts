// A worker thread that reads a password export or an address book, so a 40 MB file does
// not hold the app: the main thread keeps answering while this parses and matches, and
// hears how far it has got.
import { parentPort } from 'node:worker_threads'
import type { JobStage } from '../../../shared/domain/job'
import { appCatalog } from '../catalog/catalog'
import { DomainError } from '../errors'
import { matchCandidates } from './match-candidates'
import type { DiscoverTask, WorkerMessage } from './off-thread'
import { parsePasswordExport } from './parse-export'
import { parseVcards } from './parse-vcard'

/** Progress is sent at most this often: the bar needs no more, the channel stays quiet. */
const REPORT_EVERY_MS = 100
let lastReport = 0

function send(message: WorkerMessage): void {
  parentPort?.postMessage(message)
}

function report(stage: JobStage, done: number, total: number, force = false): void {
  const now = Date.now()
  if (!force && now - lastReport < REPORT_EVERY_MS) return
  lastReport = now
  send({ type: 'progress', stage, done, total })
}

async function run(task: DiscoverTask): Promise<WorkerMessage> {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength)
  report('reading', 0, bytes.length, true)
  if (task.kind === 'contacts') return { type: 'answer', ok: true, data: parseVcards(bytes) }
  const parsed = await parsePasswordExport(bytes)
  report('reading', bytes.length, bytes.length, true)
  const catalog = appCatalog()
  const data = matchCandidates(catalog, parsed, task.target, task.accounts, (done, total) =>
    report('matching', done, total)
  )
  report('matching', parsed.logins.length, parsed.logins.length, true)
  return { type: 'answer', ok: true, data }
}

parentPort?.once('message', (task: DiscoverTask) => {
  run(task).then(send, (error: unknown) =>
    send(
      error instanceof DomainError
        ? { type: 'answer', ok: false, code: error.code, message: error.message }
        : { type: 'answer', ok: false, code: 'internal', message: String(error) }
    )
  )
})
