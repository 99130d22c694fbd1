import { resolve } from 'node:path'
import { scanArchive } from '../../core/archive/scan-archive'
import type { SpokenIo } from '../cli-io'
import { EXIT } from '../exit-codes'
import { terminalProgress } from '../progress'
import { codeOf } from '../refusal-code'
import { printReport } from './print-report'

/**
 * `unlinker verify FILE`: 0 when intact, 4 with the list of problems, 5 when unreadable
 * or not an archive Unlinker wrote.
 */
export async function verifyCommand(io: SpokenIo, file: string): Promise<number> {
  const meter = terminalProgress(io.say('progress.checking'), io)
  try {
    const { report } = await scanArchive(resolve(file), {
      signal: io.interrupts(),
      onProgress: meter.update
    })
    meter.finish()
    await printReport(io, report)
    if (report.notArchive) return EXIT.badArchive
    return report.intact ? EXIT.ok : EXIT.notIntact
  } catch (error) {
    meter.finish()
    return codeOf(error, io)
  }
}
