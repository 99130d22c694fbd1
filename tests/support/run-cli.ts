import type { CliIo, Output } from '../../src/cli/cli-io'
import { run } from '../../src/cli/run'

export interface CliAnswer {
  code: number
  out: string
  err: string
}

/** An output read back as a string, as a pipe (not a terminal) would take it. */
function collected(): Output & { text: string } {
  return {
    text: '',
    isTTY: false,
    write(text) {
      this.text += text
      return Promise.resolve()
    }
  }
}

/** The command line speaks the environment's language: tests read English unless they say. */
const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' }

/** `unlinker ARGS…` run in this process: the code the built command line runs. */
export function unlinker(...args: string[]): Promise<CliAnswer> {
  return unlinkerWith({}, ...args)
}

/**
 * `unlinker ARGS…` in this process with the test's environment on top of this one's and,
 * when given, a signal standing for Ctrl-C.
 */
export async function unlinkerWith(
  options: { env?: Record<string, string>; interrupt?: AbortSignal },
  ...args: string[]
): Promise<CliAnswer> {
  const stdout = collected()
  const stderr = collected()
  const interrupt = options.interrupt ?? new AbortController().signal
  const io: CliIo = {
    stdout,
    stderr,
    env: { ...process.env, ...ENGLISH, ...options.env },
    interrupts: () => interrupt
  }
  const code = await run(args, io)
  return { code, out: stdout.text, err: stderr.text }
}

/**
 * `unlinker serve ARGS…` in this process: resolves once it prints its address; `stop()`
 * is Ctrl-C, answering what the command said and its exit code.
 */
export async function serveInProcess(args: string[]): Promise<{
  url: URL
  output: () => CliAnswer
  stop: () => Promise<CliAnswer>
}> {
  const stdout = collected()
  const stderr = collected()
  const interrupt = new AbortController()
  let opened: (url: URL) => void = () => undefined
  const printed = new Promise<URL>((resolve) => (opened = resolve))
  const io: CliIo = {
    stdout: {
      isTTY: false,
      async write(text) {
        await stdout.write(text)
        const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(stdout.text)?.[1]
        if (url) opened(new URL(url))
      }
    },
    stderr,
    env: { ...process.env, ...ENGLISH },
    interrupts: () => interrupt.signal
  }
  const running = run(['serve', '--no-open', ...args], io)
  const first = await Promise.race([printed, running])
  if (typeof first === 'number')
    throw new Error(`serve ended with ${first} before printing its address: ${stderr.text}`)
  const url = first
  const output = (code = -1): CliAnswer => ({ code, out: stdout.text, err: stderr.text })
  return {
    url,
    output,
    stop: async () => {
      interrupt.abort()
      return output(await running)
    }
  }
}
