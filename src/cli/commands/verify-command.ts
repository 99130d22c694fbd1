import { resolve } from 'node:path'
import { scanArchive } from '../../core/archive/scan-archive'
import type { CliIo } from '../cli-io'
import { EXIT } from '../exit-codes'
import { terminalProgress } from '../progress'
import { codeOf } from '../refusal-code'
import { printReport } from './print-report'

/** `unlinker verify FILE`: 0 when intact, 4 with the list of problems, 5 when unreadable. */
export async function verifyCommand(io: CliIo, file: string): Promise<number> {
  const meter = terminalProgress('Checking', io.stderr)
  try {
    const { report } = await scanArchive(resolve(file), {
      signal: io.interrupts(),
      onProgress: meter.update
    })
    meter.finish()
    await printReport(io, report)
    return report.intact ? EXIT.ok : EXIT.notIntact
  } catch (error) {
    meter.finish()
    return codeOf(error, io)
  }
}
