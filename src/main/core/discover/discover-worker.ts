// A worker thread that reads a password export or an address book, so a 40 MB file does
// not hold the app: the main thread keeps answering while this parses and matches.
import { parentPort } from 'node:worker_threads'
import { appCatalog } from '../catalog/catalog'
import { DomainError } from '../errors'
import { matchCandidates } from './match-candidates'
import { parsePasswordExport } from './parse-export'
import { parseVcards } from './parse-vcard'
import type { DiscoverTask, WorkerAnswer } from './off-thread'

parentPort?.once('message', (task: DiscoverTask) => {
  let answer: WorkerAnswer
  try {
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength)
    const data =
      task.kind === 'contacts'
        ? parseVcards(bytes)
        : matchCandidates(appCatalog(), parsePasswordExport(bytes), task.target, task.accounts)
    answer = { ok: true, data }
  } catch (error) {
    answer =
      error instanceof DomainError
        ? { ok: false, code: error.code, message: error.message }
        : { ok: false, code: 'internal', message: String(error) }
  }
  parentPort?.postMessage(answer)
})
