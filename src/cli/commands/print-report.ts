import type { VerifyReport } from '../../shared/archive/manifest'
import { writeLine, type CliIo } from '../cli-io'

/** An archive's check, as export and verify print it: intact, or each problem by path. */
export async function printReport(io: CliIo, report: VerifyReport): Promise<void> {
  const say = (text: string): Promise<void> => writeLine(io.stdout, text)
  if (report.intact) {
    await say(
      `Intact: ${report.files} files, ${report.bytes} bytes, exported ${report.exportedAt ?? '?'}.`
    )
    return
  }
  await say(`NOT intact (${report.files} files read):`)
  for (const problem of report.problems) await say(`  problem: ${problem}`)
  for (const path of report.missing) await say(`  missing: ${path}`)
  for (const path of report.extra) await say(`  extra:   ${path}`)
  for (const path of report.altered) await say(`  altered: ${path}`)
}
