import { formatBytes } from '../core/vault/staged-file'
import type { Output } from './cli-io'

/** A one-line progress meter on a terminal; silent when output goes to a file or pipe. */
export function terminalProgress(
  label: string,
  stderr: Output
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
      void stderr.write(`\r${label} ${percent}% (${formatBytes(done)} of ${formatBytes(total)})  `)
    },
    finish() {
      if (tty) void stderr.write('\r\x1b[K')
    }
  }
}
