import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { MethodOutput } from '../../shared/contract'
import { DomainError } from '../../core/errors'
import { replaceFile } from '../../core/replace-file'
import { EXIT } from '../exit-codes'
import { codeOf, withCore } from './archive-commands'
import { writeLine } from '../write-out'

/**
 * `unlinker calendar [--data DIR] --out FILE [--lang L]`: the reminders as an iCalendar
 * file, for any calendar app. Written whole or not at all.
 */
export async function calendarCommand(
  dataDir: string,
  out: string,
  language: string
): Promise<number> {
  try {
    const file = await withCore(dataDir, async (core) => {
      const answer = await core.call('getCalendar', { language })
      if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message)
      return answer.data as MethodOutput<'getCalendar'>
    })
    const target = resolve(out)
    await replaceFile(target, (temp) => writeFile(temp, file.text))
    writeLine(`Wrote ${target}: ${file.events} reminders.`)
    return EXIT.ok
  } catch (error) {
    return codeOf(error, dataDir)
  }
}
