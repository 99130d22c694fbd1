// `tsx scripts/smoke-packaged-app.ts dist/linux-unpacked/unlinker`: starts a packaged build
// as a user starts it (Chromium's sandbox on, the fuses burnt in, the code read from the
// asar) and proves from inside its window that it works: the page came from app://, the
// preload bridged the api, main answered through IPC, and the app's Quit ends the process
// with exit 0, the data saved and the folder let go. The CI workflow runs it under xvfb on
// the Linux build; it needs a display and the packaged app, nothing else.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'

/** Long enough for a cold start on a shared runner; a hung start fails well before CI's limit. */
const START_MS = 90_000

async function main(): Promise<void> {
  const executable = process.argv[2]
  if (!executable) throw new Error('Usage: tsx scripts/smoke-packaged-app.ts <packaged executable>')
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-smoke-'))
  const data = join(dir, 'data')
  // Chromium's own debugging port, asked for on the command line: the fuses keep Node's
  // inspector off, so this is the way in. Port 0: the app says which one it took.
  const child = spawn(
    resolve(executable),
    [`--data=${data}`, `--user-data-dir=${join(dir, 'user')}`, '--remote-debugging-port=0'],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  try {
    const endpoint = await new Promise<string>((found, fail) => {
      const timer = setTimeout(() => fail(new Error(`no window after ${START_MS} ms`)), START_MS)
      const read = (chunk: Buffer): void => {
        output += chunk.toString()
        const ws = /DevTools listening on (ws:\/\/\S+)/.exec(output)?.[1]
        if (ws) {
          clearTimeout(timer)
          found(ws)
        }
      }
      child.stdout.on('data', read)
      child.stderr.on('data', read)
      child.once('exit', (code) => {
        clearTimeout(timer)
        fail(new Error(`the app exited with ${code} before opening its window`))
      })
    })
    const browser = await chromium.connectOverCDP(endpoint)
    const page = await appWindow(
      browser.contexts().flatMap((c) => c.pages()),
      () => browser.contexts().flatMap((c) => c.pages())
    )
    const seen = await page.evaluate(async () => {
      const api = (window as unknown as { unlinker?: Record<string, (i: unknown) => unknown> })
        .unlinker
      const info = (await api?.getAppInfo?.({})) as
        { ok: true; data: { version: string } } | { ok: false } | undefined
      return {
        origin: location.origin,
        bridged: api !== undefined,
        answered: info?.ok === true,
        version: info?.ok ? info.data.version : null,
        // The sandboxed page has no Node: neither require nor process reach it.
        node:
          typeof (globalThis as { require?: unknown }).require !== 'undefined' ||
          typeof (globalThis as { process?: unknown }).process !== 'undefined'
      }
    })
    if (seen.origin !== 'app://unlinker' || !seen.bridged || !seen.answered || seen.node)
      throw new Error(`the window is not the app it should be: ${JSON.stringify(seen)}`)
    await page.locator('main, #app').first().waitFor({ timeout: START_MS })
    await page.screenshot({ path: join('dist', 'smoke-launch.png') })
    // Quit as the app's own menu does; the window goes away with the answer.
    await page
      .evaluate(() =>
        (window as unknown as { unlinker: { quitApp: (i: unknown) => unknown } }).unlinker.quitApp(
          {}
        )
      )
      .catch(() => undefined)
    const code = await exited
    if (code !== 0) throw new Error(`the app exited with ${code} after Quit`)
    const left = await readdir(data)
    if (!left.includes('unlinker.json') || left.includes('unlinker.lock'))
      throw new Error(`the data folder is not as a clean quit leaves it: ${left.join(', ')}`)
    process.stdout.write(
      `Smoke launch passed: Unlinker ${seen.version} opened app://unlinker with the sandbox on, answered through its preload, and quit cleanly.\n`
    )
  } catch (error) {
    child.kill()
    process.stderr.write(`${output}\n`)
    throw error
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The app's window among the pages, once it has loaded from app://. */
async function appWindow(first: Page[], pages: () => Page[]): Promise<Page> {
  const deadline = Date.now() + START_MS
  let candidates = first
  while (Date.now() < deadline) {
    const page = candidates.find((p) => p.url().startsWith('app://unlinker/'))
    if (page) {
      await page.waitForFunction(() => 'unlinker' in window, undefined, { timeout: START_MS })
      return page
    }
    await new Promise((r) => setTimeout(r, 250))
    candidates = pages()
  }
  throw new Error(
    `no app:// window; pages: ${pages()
      .map((p) => p.url())
      .join(', ')}`
  )
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Smoke launch failed: ${error instanceof Error ? error.message : String(error)}\n`
  )
  process.exit(1)
})
