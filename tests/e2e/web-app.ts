import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type Page } from '@playwright/test'

// Another build can be tried against the same tests (a deliberately broken one, to see a
// test fail) without touching the shared out/.
const CLI = join(process.env.UNLINKER_E2E_OUT ?? join(__dirname, '../../out'), 'main/cli.js')

/** One `unlinker serve` process on a data folder, as a user would start it. */
export class WebApp {
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
        const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
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

  /** Ctrl-C, as a user stops it; resolves when the process has exited. */
  async stop(): Promise<number | null> {
    const child = this.child
    if (!child || child.exitCode !== null) return child?.exitCode ?? null
    this.child = null
    return new Promise((resolve) => {
      child.once('exit', (code) => resolve(code))
      child.kill('SIGINT')
    })
  }
}

export const test = base.extend<{ app: WebApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
  app: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'unlinker-e2e-'))
    const app = new WebApp(join(dir, 'data'))
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
