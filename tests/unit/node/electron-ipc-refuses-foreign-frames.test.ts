import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { asElectronWindow, BrowserWindow, ipcMain } from '../../support/fake-electron'
import { openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'
import { registerIpc } from '../../../src/main/ipc'
import { METHOD_NAMES, channelOf } from '../../../src/shared/contract'
import type { Result } from '../../../src/shared/result'
import type { MethodName } from '../../../src/shared/method-names'

vi.mock('electron', () => import('../../support/fake-electron'))

type Invoke = (
  event: { senderFrame: { url: string } | null },
  input: unknown
) => Promise<Result<unknown>>

async function setUp(
  devUrl?: string
): Promise<{ invoke: (name: MethodName) => Invoke; window: BrowserWindow }> {
  ipcMain.handlers.clear()
  const core = await openCore(join(await tempDir(), 'data'), undefined, { mode: 'electron' })
  const window = new BrowserWindow({})
  registerIpc(core, () => asElectronWindow(window), devUrl)
  return { invoke: (name) => ipcMain.handlers.get(channelOf(name)) as unknown as Invoke, window }
}

describe('IPC answers only the app window’s top frame', () => {
  beforeEach(() => ipcMain.handlers.clear())

  it('registers one handler for every contract method', async () => {
    await setUp()
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort())
  })

  it('runs a call from the window’s main frame', async () => {
    const { invoke, window } = await setUp()
    const answer = await invoke('createCase')(
      { senderFrame: window.webContents.mainFrame },
      {
        number: '+79123456789'
      }
    )
    expect(answer).toMatchObject({ ok: true, data: { number: '+79123456789' } })
  })

  it('refuses a foreign frame as forbidden, before looking at the input', async () => {
    const { invoke, window } = await setUp()
    const call = invoke('createCase')
    // An iframe of our own origin, a page elsewhere, no frame at all: all forbidden.
    for (const senderFrame of [
      { url: 'app://unlinker/index.html' },
      { url: 'https://evil.example/' },
      null
    ]) {
      expect(await call({ senderFrame }, { number: '+79123456789' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' }
      })
    }
    // The main frame after it navigated away from the app is foreign too.
    window.webContents.mainFrame.url = 'https://evil.example/'
    expect(
      await call({ senderFrame: window.webContents.mainFrame }, { number: '+79123456789' })
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    window.webContents.mainFrame.url = 'app://unlinker/index.html'
    const cases = await invoke('listCases')({ senderFrame: window.webContents.mainFrame }, {})
    expect(cases).toEqual({ ok: true, data: [] })
  })

  it('answers invalid input only to a trusted frame', async () => {
    const { invoke, window } = await setUp()
    expect(
      await invoke('createCase')({ senderFrame: window.webContents.mainFrame }, { number: 5 })
    ).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
  })

  it('trusts the dev server only while developing', async () => {
    const { invoke, window } = await setUp('http://localhost:5173')
    window.webContents.mainFrame.url = 'http://localhost:5173/#/accounts'
    expect(
      await invoke('listCases')({ senderFrame: window.webContents.mainFrame }, {})
    ).toMatchObject({ ok: true })
    window.webContents.mainFrame.url = 'http://localhost:5174/'
    expect(
      await invoke('listCases')({ senderFrame: window.webContents.mainFrame }, {})
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
  })
})
