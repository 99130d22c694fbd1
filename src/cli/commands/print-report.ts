import type { VerifyReport } from '../../shared/archive/manifest'
import { translate } from '../../core/i18n/messages'
import { writeLine, type SpokenIo } from '../cli-io'

/**
 * An archive's check, as export and verify print it: intact, not an archive of ours at
 * all, or each problem by path.
 */
export async function printReport(io: SpokenIo, report: VerifyReport): Promise<void> {
  const say = (text: string): Promise<void> => writeLine(io.stdout, text)
  const { language } = io
  const word = (key: string): string => translate(language, `archive.${key}`)
  if (report.intact) {
    await say(
      io.say('verify.intact', {
        count: report.files,
        bytes: report.bytes,
        date: report.exportedAt ?? '?'
      })
    )
    return
  }
  if (report.notArchive) {
    await say(`${word('notArchiveTitle')}. ${word('notArchiveBody')}`)
    return
  }
  await say(io.say('verify.notIntact', { count: report.files }))
  for (const problem of report.problems) await say(`  ${word(`problem.${problem}`)}`)
  for (const path of report.missing) await say(`  ${word('missing')}: ${path}`)
  for (const path of report.extra) await say(`  ${word('extra')}: ${path}`)
  for (const path of report.altered) await say(`  ${word('altered')}: ${path}`)
}
