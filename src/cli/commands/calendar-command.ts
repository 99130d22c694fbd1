import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { DomainError } from '../../core/errors'
import { replaceFile } from '../../core/replace-file'
import { writeLine, type SpokenIo } from '../cli-io'
import { EXIT } from '../exit-codes'
import { codeOf } from '../refusal-code'
import { withCore } from '../with-core'

/**
 * `unlinker calendar [--data DIR] --out FILE [--lang L]`: the reminders as an iCalendar
 * file, for any calendar app. Written whole or not at all.
 */
export async function calendarCommand(
  io: SpokenIo,
  dataDir: string,
  out: string,
  language: string
): Promise<number> {
  try {
    const file = await withCore(dataDir, io, async (core) => {
      const answer = await core.invoke('getCalendar', { language })
      if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message)
      return answer.data
    })
    const target = resolve(out)
    await replaceFile(target, (temp) => writeFile(temp, file.text))
    await writeLine(io.stdout, io.say('calendar.wrote', { path: target, count: file.events }))
    return EXIT.ok
  } catch (error) {
    return codeOf(error, io, dataDir)
  }
}
