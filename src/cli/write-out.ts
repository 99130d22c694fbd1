/**
 * Writes to stdout and waits until the text is handed to the system, so a long answer
 * (a whole catalog as JSON) reaches a pipe in full before the process exits. A reader
 * that stops early (`| head`) ends the command quietly.
 */
export function writeOut(text: string): Promise<void> {
  if (process.stdout.listenerCount('error') === 0)
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0)
      throw error
    })
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()))
  )
}

/** Pretty JSON on stdout, one document, ending with a newline. */
export function writeJson(value: unknown): Promise<void> {
  return writeOut(`${JSON.stringify(value, null, 2)}\n`)
}
