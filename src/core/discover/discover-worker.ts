// A worker thread that reads a password export or an address book, so a 40 MB file does
// not hold the app: the main thread keeps answering while this parses and matches, and
// hears how far it has got.
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { parentPort } from 'node:worker_threads'
import type { JobStage } from '../../shared/domain/job'
import { appCatalog } from '../catalog/catalog'
import { DomainError } from '../errors'
import { matchCandidates } from './match-candidates'
import type { DiscoverTask, WorkerMessage } from './off-thread'
import { parsePasswordExport } from './parse-export'
import { parseVcards } from './parse-vcard'
import { pieces, readSmsExport, smsFormatOf, SNIFF_BYTES } from './sms/read-sms-export'

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

/** A file read as a stream, its bytes counted for the bar. */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const total = (await stat(path)).size
  let done = 0
  // Small pieces: each is decoded to a string of twice its size, and fewer of those
  // waiting for the collector keeps a 300 MB backup's import near 40 MB above the app's.
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    const piece = chunk as Buffer
    yield piece
    done += piece.length
    report('reading', done, total)
  }
}

/** A database is read whole by sql.js: one read of the file, and no pieces to join. */
async function* wholeFile(path: string): AsyncGenerator<Uint8Array> {
  const bytes = await readFile(path)
  report('reading', bytes.length, bytes.length, true)
  yield bytes
}

async function run(task: DiscoverTask): Promise<WorkerMessage> {
  if (task.kind === 'sms') {
    const chunks = task.format === 'iphone-db' ? wholeFile(task.path) : fileChunks(task.path)
    const data = await readSmsExport(task.format, chunks, appCatalog(), task.cases, task.accounts)
    report('matching', 1, 1, true)
    return { type: 'answer', ok: true, data }
  }
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength)
  report('reading', 0, bytes.length, true)
  if (task.kind === 'contacts') return { type: 'answer', ok: true, data: parseVcards(bytes) }
  // A message export is told by its content, like a password export, and read as one.
  const sms = smsFormatOf(bytes.subarray(0, SNIFF_BYTES))
  if (sms) {
    const chunks = pieces(bytes, (done, total) => report('reading', done, total))
    const data = await readSmsExport(sms, chunks, appCatalog(), task.cases, task.accounts)
    report('matching', 1, 1, true)
    return { type: 'answer', ok: true, data }
  }
  const parsed = await parsePasswordExport(bytes, (done, total) => report('reading', done, total))
  report('reading', bytes.length, bytes.length, true)
  const catalog = appCatalog()
  const data = matchCandidates(catalog, parsed, task.cases, task.accounts, (done, total) =>
    report('matching', done, total)
  )
  report('matching', parsed.logins.length, parsed.logins.length, true)
  return { type: 'answer', ok: true, data }
}

parentPort?.once('message', (task: DiscoverTask) => {
  run(task).then(send, (error: unknown) =>
    send(
      error instanceof DomainError
        ? {
            type: 'answer',
            ok: false,
            code: error.code,
            message: error.message,
            reason: error.reason
          }
        : { type: 'answer', ok: false, code: 'internal', message: String(error) }
    )
  )
})
