import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type Page } from '@playwright/test'
import type { run as runType } from '../../src/cli/run'

// Another build can be tried against the same tests (a deliberately broken one, to see a
// test fail) without touching the shared out/.
const OUT = process.env.UNLINKER_E2E_OUT ?? join(__dirname, '../../out')
const CLI = join(OUT, 'main/cli.js')

/** Web mode on a data folder: started, stopped (as the app's Quit stops it) and started again. */
export interface WebApp {
  readonly dataDir: string
  /** The address `unlinker serve` printed, with its token. */
  url: string
  start(): Promise<string>
  /** Resolves with the exit code once the last write is saved and the folder let go. */
  stop(): Promise<number | null>
}

// The address with its token, in whichever language the folder's saved one makes serve speak.
const OPENED = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/

/**
 * `unlinker serve` inside this test worker: the built command line's own run(), handed
 * strings for its streams and a signal for Ctrl-C. No process to start or stop, and the
 * catalog read once for every test.
 */
class ServedHere implements WebApp {
  private running: Promise<number> | null = null
  private interrupt = new AbortController()
  url = ''

  constructor(readonly dataDir: string) {}

  async start(): Promise<string> {
    const { run } = createRequire(__filename)(join(OUT, 'main/cli-run.js')) as {
      run: typeof runType
    }
    this.interrupt = new AbortController()
    let output = ''
    let opened: (url: string) => void = () => undefined
    const printed = new Promise<string>((resolve) => (opened = resolve))
    const collect = {
      isTTY: false,
      write: async (text: string): Promise<void> => {
        output += text
        const url = OPENED.exec(output)?.[1]
        if (url) opened(url)
      }
    }
    const interrupt = this.interrupt
    this.running = run(['serve', '--data', this.dataDir, '--no-open'], {
      stdout: collect,
      stderr: collect,
      env: process.env,
      interrupts: () => interrupt.signal
    })
    const first = await Promise.race([printed, this.running])
    if (typeof first === 'number') throw new Error(`server exited with ${first}:\n${output}`)
    this.url = first
    return this.url
  }

  async stop(): Promise<number | null> {
    const running = this.running
    if (!running) return null
    this.running = null
    this.interrupt.abort()
    return running
  }
}

/**
 * One `unlinker serve` process on a data folder, as a user starts it: for what only a
 * process shows (a restart of the program, Ctrl-C, the token on its port).
 */
class ServedAsProcess implements WebApp {
  private child: ChildProcess | null = null
  url = ''

  constructor(readonly dataDir: string) {}

  async start(): Promise<string> {
    const child = spawn(process.execPath, [CLI, 'serve', '--data', this.dataDir, '--no-open'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    this.child = child
    let output = ''
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000)
      const onData = (chunk: Buffer): void => {
        output += chunk.toString()
        const match = OPENED.exec(output)
        if (match?.[1]) {
          clearTimeout(timer)
          resolve(match[1])
        }
      }
      child.stdout?.on('data', onData)
      child.stderr?.on('data', onData)
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`server exited with ${code}:\n${output}`))
      })
    })
    return this.url
  }

  /**
   * The app's own Quit, called with the token as the page calls it: every system can send
   * that, where Windows cannot send a child Ctrl-C. Resolves when the process has exited.
   */
  async stop(): Promise<number | null> {
    const child = this.child
    if (!child || child.exitCode !== null) return child?.exitCode ?? null
    this.child = null
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    const opened = new URL(this.url)
    const answer = await fetch(new URL('/api/quitApp', opened), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-unlinker-token': opened.searchParams.get('token') ?? ''
      },
      body: '{}'
    })
    if (!answer.ok) throw new Error(`Quit was refused: ${answer.status}`)
    return exited
  }
}

export const test = base.extend<{ app: WebApp; serveAsProcess: boolean }>({
  /** `test.use({ serveAsProcess: true })`: the spec's server is a real `unlinker serve`. */
  serveAsProcess: [false, { option: true }],
  app: async ({ serveAsProcess }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'unlinker-e2e-'))
    const data = join(dir, 'data')
    const app = serveAsProcess ? new ServedAsProcess(data) : new ServedHere(data)
    await app.start()
    await use(app)
    await app.stop()
    await rm(dir, { recursive: true, force: true })
  }
})

export { expect } from '@playwright/test'

/** The first screen's "Start with my number", as a new user begins: the old number saved. */
export async function startWithNumber(page: Page, number: string): Promise<void> {
  await page.getByRole('button', { name: 'Start with my number' }).click()
  await page.getByRole('dialog').getByLabel('Old number').fill(number)
  await page.getByRole('dialog').getByRole('button', { name: 'Save number' }).click()
}

/** Calls the app's own api from the page, with the token the page holds; a refusal throws. */
export async function callFromPage<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, body]) => {
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-unlinker-token': sessionStorage.getItem('unlinker-token') ?? ''
        },
        body: JSON.stringify(body)
      })
      return (await response.json()) as
        { ok: true; data: unknown } | { ok: false; error: { message: string } }
    },
    [method, input] as const
  )
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as T
}

/**
 * Holds back main's answers to one api method, as on a slow machine: the calls are made
 * and carried out, but the page hears nothing until `release()` (later calls pass freely).
 */
export async function holdAnswers(
  page: Page,
  method: string
): Promise<{ held: () => number; release: () => Promise<void> }> {
  const held: Array<() => Promise<void>> = []
  let holding = true
  await page.route(`**/api/${method}`, async (route) => {
    const response = await route.fetch()
    if (holding) held.push(() => route.fulfill({ response }))
    else await route.fulfill({ response })
  })
  return {
    held: () => held.length,
    release: async () => {
      holding = false
      for (const answer of held.splice(0)) await answer()
    }
  }
}
