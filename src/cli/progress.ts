import { formatBytes } from '../core/vault/staged-file'
import type { SpokenIo } from './cli-io'

/** A one-line progress meter on a terminal; silent when output goes to a file or pipe. */
export function terminalProgress(
  label: string,
  { stderr, say }: SpokenIo
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
      const meter = say('progress.meter', {
        label,
        percent,
        done: formatBytes(done),
        total: formatBytes(total)
      })
      void stderr.write(`\r${meter}  `)
    },
    finish() {
      if (tty) void stderr.write('\r\x1b[K')
    }
  }
}
