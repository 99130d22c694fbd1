import { createRequire } from 'node:module'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { makeAgreementPdf } from '../../src/core/example-data/example-files'

const MAIN = join(__dirname, '../../out/main/index.js')

/** The Electron binary's path, or why there is none (it is downloaded by its postinstall). */
function electronBinary(): { path: string } | { missing: string } {
  try {
    // The package's main export is the binary's path; it throws when the binary is absent.
    const path = createRequire(__filename)('electron') as unknown
    return typeof path === 'string' ? { path } : { missing: 'the electron package has no path' }
  } catch (error) {
    return { missing: error instanceof Error ? error.message.split('\n')[0]! : String(error) }
  }
}

const binary = electronBinary()
if ('missing' in binary)
  process.stdout.write(
    `desktop-app spec skipped: the Electron binary is not installed here (${binary.missing}). ` +
      'It runs wherever `npm ci` could download Electron, as on CI.\n'
  )

async function launch(
  dataDir: string,
  userDir: string
): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    executablePath: 'path' in binary ? binary.path : undefined,
    args: [MAIN, `--data=${dataDir}`, `--user-data-dir=${userDir}`],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' }
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return { app, page }
}

/** A call through the preload bridge: the same path every click in the window takes. */
async function call<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, body]) => {
      const api = (window as unknown as { unlinker: Record<string, (i: unknown) => unknown> })
        .unlinker
      return api[m]!(body) as Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>
    },
    [method, input] as const
  )
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`)
  return result.data as T
}

test.skip('missing' in binary, 'the Electron binary is not installed here')

test('the desktop app adds, attaches, exports, quits and finds everything after a relaunch', async () => {
  test.setTimeout(120_000)
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-desktop-'))
  const dataDir = join(dir, 'data')
  const userDir = join(dir, 'user')
  const exported = join(dir, 'unlinker-export.zip')
  const pdf = join(dir, 'MTS agreement.pdf')
  await writeFile(
    pdf,
    makeAgreementPdf({
      number: '+7 912 345-67-89',
      carrier: 'MTS',
      reference: 'R-1',
      date: '2026-11-15',
      holder: 'Test'
    })
  )
  try {
    const first = await launch(dataDir, userDir)
    const { page } = first
    await expect(page.getByRole('button', { name: 'Start with my number' })).toBeVisible()
    expect(page.url()).toMatch(/^app:\/\/unlinker\//)

    await page.getByRole('button', { name: 'Start with my number' }).click()
    const form = page.getByRole('dialog')
    await form.getByLabel('Old number').fill('+7 912 345-67-89')
    await form.getByRole('button', { name: 'Save number' }).click()
    await expect(form).toBeHidden()
    const [number] = await call<Array<{ id: string }>>(page, 'listCases', {})
    await call(page, 'createAccount', { name: 'Sber', caseId: number!.id })

    // A file chosen in the window reaches main by its path (webUtils), not by its bytes.
    const panel = page.locator('[data-proofs]')
    await panel.locator('input[type=file]').setInputFiles(pdf)
    await expect(panel.locator('[data-proof="MTS agreement.pdf"]')).toBeVisible()

    // The save dialog is the system's: answer it from main with the file to write.
    await first.app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = async () => ({ canceled: false, filePath: path })
    }, exported)
    const job = await call<{ id: string }>(page, 'startExport', { language: 'en' })
    await expect
      .poll(async () => (await call<{ state: string }>(page, 'getJob', { id: job.id })).state)
      .toBe('done')
    expect(await readdir(dir)).toContain('unlinker-export.zip')

    // Quitting saves and lets go of the folder; a second start opens it.
    await first.app.close()
    const second = await launch(dataDir, userDir)
    const accounts = await call<Array<{ name: string }>>(second.page, 'listAccounts', {})
    expect(accounts.map((a) => a.name)).toContain('Sber')
    const proofs = await call<Array<{ originalName: string }>>(second.page, 'listProofs', {})
    expect(proofs.map((p) => p.originalName)).toEqual(['MTS agreement.pdf'])
    const verify = await call<{ id: string }>(second.page, 'startVerify', {
      source: { path: exported }
    })
    await expect
      .poll(async () => {
        const state = await call<{ state: string; result: { intact?: boolean } | null }>(
          second.page,
          'getJob',
          { id: verify.id }
        )
        return state.state === 'done' ? state.result?.intact : state.state
      })
      .toBe(true)
    await second.app.close()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
