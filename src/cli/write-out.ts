/** Set once the reader of stdout has gone (`| head`): later output is dropped. */
let readerGone = false
let listening = false

/**
 * A closed stdout is not a failure: the command still finishes its work and closes the
 * data folder (lock and temporary files included), then exits 0. Attached once, whatever
 * else listens: a worker thread's output pipe adds its own listener to stdout and drops
 * it on the first error, which must not leave that error unhandled.
 */
function listen(): void {
  if (listening) return
  listening = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') readerGone = true
    else throw error
  })
}

/**
 * Writes to stdout and waits until the text is handed to the system, so a long answer
 * (a whole catalog as JSON) reaches a pipe in full before the process exits. A reader
 * that stops early (`| head`) ends the output quietly, never the command.
 */
export function writeOut(text: string): Promise<void> {
  listen()
  if (readerGone) return Promise.resolve()
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (error?: NodeJS.ErrnoException | null) => {
      if (error?.code === 'EPIPE') readerGone = true
      else if (error) return reject(error)
      resolve()
    })
  )
}

/**
 * One line of a short answer, written at once (a pipe on Linux takes it synchronously);
 * a reader gone early drops it quietly, as writeOut does.
 */
export function writeLine(text: string): void {
  listen()
  if (!readerGone) process.stdout.write(`${text}\n`)
}

/** Pretty JSON on stdout, one document, ending with a newline. */
export function writeJson(value: unknown): Promise<void> {
  return writeOut(`${JSON.stringify(value, null, 2)}\n`)
}
