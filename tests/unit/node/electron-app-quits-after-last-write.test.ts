import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'
import { channelOf } from '../../../src/shared/contract'
import type { Result } from '../../../src/shared/result'
import type { MethodName } from '../../../src/shared/method-names'

vi.mock('electron', () => import('../../support/fake-electron'))

type Fake = typeof import('../../support/fake-electron')
type Invoke = (event: { senderFrame: unknown }, input: unknown) => Promise<Result<unknown>>

/** Starts a fresh copy of src/main/index.ts as Electron would, with these arguments. */
async function start(argv: string[], userDir: string): Promise<Fake> {
  vi.resetModules()
  const fake = (await import('electron')) as unknown as Fake
  // The fake outlives the app's modules: forget what the previous start asked of it.
  fake.app.removeAllListeners()
  fake.app.exitCode = null
  fake.ipcMain.handlers.clear()
  fake.BrowserWindow.created.length = 0
  fake.dialog.errors.length = 0
  fake.app.paths = { userData: join(userDir, 'user'), documents: userDir }
  process.argv = ['electron', '.', ...argv]
  await import('../../../src/main/index')
  fake.app.becomeReady()
  return fake
}

async function launch(): Promise<{
  fake: Fake
  dataDir: string
  invoke: (name: MethodName, input: unknown) => Promise<Result<unknown>>
}> {
  const dir = await tempDir()
  const dataDir = join(dir, 'data')
  const fake = await start([`--data=${dataDir}`], dir)
  await vi.waitFor(() => expect(fake.BrowserWindow.created).toHaveLength(1), { timeout: 20_000 })
  const window = fake.BrowserWindow.created[0]!
  const invoke = (name: MethodName, input: unknown): Promise<Result<unknown>> =>
    (fake.ipcMain.handlers.get(channelOf(name)) as unknown as Invoke)(
      { senderFrame: window.webContents.mainFrame },
      input
    )
  return { fake, dataDir, invoke }
}

function quitted(fake: Fake): Promise<void> {
  return new Promise((resolve) => fake.app.once('will-quit', () => resolve()))
}

describe('the desktop app’s start and quit', () => {
  const argv = process.argv
  afterEach(() => {
    process.argv = argv
  })

  it('starts sandboxed on the --data folder, denying every permission and webview', async () => {
    const { fake } = await launch()
    const window = fake.BrowserWindow.created[0]!
    expect(fake.app.sandboxed).toBe(true)
    expect(fake.protocol.handlers.has('app')).toBe(true)
    expect(window.loadedUrl).toBe('app://unlinker/index.html')
    const answers: boolean[] = []
    fake.session.defaultSession.permissionRequest?.({}, 'media', (ok) => answers.push(ok))
    expect(answers).toEqual([false])
    expect(fake.session.defaultSession.permissionCheck?.()).toBe(false)
    const contents = new fake.FakeWebContents()
    fake.app.emit('web-contents-created', {}, contents)
    let prevented = false
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    const end = quitted(fake)
    fake.app.quit()
    await end
  })

  it('quits only after a write still under way is saved, and lets go of the folder', async () => {
    const { fake, dataDir, invoke } = await launch()
    const writing = invoke('createCase', { number: '+79123456789' })
    const end = quitted(fake)
    fake.app.quit()
    await end
    expect(await writing).toMatchObject({ ok: true })
    // The folder's lock is released: it opens again, with the case in it.
    const again = await openCore(dataDir)
    expect(await must(again, 'listCases', {})).toMatchObject([{ number: '+79123456789' }])
    await closeCore(again)
    expect(fake.dialog.errors).toEqual([])
  })

  it('quits when the window asks, after answering it', async () => {
    const { fake, invoke } = await launch()
    const end = quitted(fake)
    expect(await invoke('quitApp', {})).toEqual({ ok: true, data: { quitting: true } })
    await end
  })

  it('says why it cannot start when the data folder cannot be made, and exits', async () => {
    const dir = await tempDir()
    const notAFolder = join(dir, 'file')
    await writeFile(notAFolder, 'a file where the data folder should be')
    const fake = await start(['--data', notAFolder], dir)
    await vi.waitFor(() => expect(fake.app.exitCode).toBe(1), { timeout: 20_000 })
    expect(fake.dialog.errors).toEqual([
      { title: 'Unlinker could not start', content: expect.any(String) }
    ])
    expect(fake.BrowserWindow.created).toHaveLength(0)
  })
})
