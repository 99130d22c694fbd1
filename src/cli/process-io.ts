import type { CliIo, Output } from './cli-io'

/** The process's own streams, environment and Ctrl-C, for `unlinker` run from a shell. */
export function processIo(): CliIo {
  let interrupts: AbortController | null = null
  return {
    stdout: streamOutput(process.stdout),
    stderr: streamOutput(process.stderr),
    env: process.env,
    interrupts() {
      if (!interrupts) {
        const controller = new AbortController()
        // Once each: a second Ctrl-C ends the process at once, as it would without us.
        process.once('SIGINT', () => controller.abort())
        process.once('SIGTERM', () => controller.abort())
        interrupts = controller
      }
      return interrupts.signal
    }
  }
}

/**
 * A closed stream is not a failure: the command still finishes its work and closes the
 * data folder (lock and temporary files included), then exits as it would have. The
 * error listener is attached once, whatever else listens: a worker thread's output pipe
 * adds its own listener to stdout and drops it on the first error, which must not leave
 * that error unhandled.
 */
export function streamOutput(stream: NodeJS.WriteStream): Output {
  let readerGone = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') readerGone = true
    else throw error
  })
  return {
    isTTY: Boolean(stream.isTTY),
    write(text) {
      if (readerGone) return Promise.resolve()
      return new Promise((resolve, reject) =>
        stream.write(text, (error?: NodeJS.ErrnoException | null) => {
          if (error?.code === 'EPIPE') readerGone = true
          else if (error) return reject(error)
          resolve()
        })
      )
    }
  }
}
