import { translate } from '../core/i18n/messages'
import { reportSize } from '../shared/report/report-model'
import type { SpokenIo } from './cli-io'

/** A one-line progress meter on a terminal; silent when output goes to a file or pipe. */
export function terminalProgress(
  label: string,
  { stderr, say, language }: SpokenIo
): {
  update: (done: number, total: number) => void
  finish: () => void
} {
  const tty = stderr.isTTY
  let last = 0
  return {
    update(done, total) {
      if (!tty) return
      const now = Date.now()
      if (now - last < 100 && done < total) return
      last = now
      const percent = total > 0 ? Math.floor((done / total) * 100) : 0
      // Sizes in the units the printed report uses, in the language spoken.
      const size = (bytes: number): string =>
        reportSize(language, bytes, (key, params) => translate(language, key, params))
      const meter = say('progress.meter', { label, percent, done: size(done), total: size(total) })
      void stderr.write(`\r${meter}  `)
    },
    finish() {
      if (tty) void stderr.write('\r\x1b[K')
    }
  }
}
