import { formatBytes } from '../core/vault/staged-file'

/** A one-line progress meter on a terminal; silent when output goes to a file or pipe. */
export function terminalProgress(label: string): {
  update: (done: number, total: number) => void
  finish: () => void
} {
  const tty = process.stderr.isTTY
  let last = 0
  return {
    update(done, total) {
      if (!tty) return
      const now = Date.now()
      if (now - last < 100 && done < total) return
      last = now
      const percent = total > 0 ? Math.floor((done / total) * 100) : 0
      process.stderr.write(
        `\r${label} ${percent}% (${formatBytes(done)} of ${formatBytes(total)})  `
      )
    },
    finish() {
      if (tty) process.stderr.write('\r\x1b[K')
    }
  }
}

/** Ctrl-C cancels the work in hand cleanly instead of killing it mid-write. */
export function interruptSignal(): AbortSignal {
  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort())
  process.once('SIGTERM', () => controller.abort())
  return controller.signal
}
