import { beforeEach, describe, expect, it, vi } from 'vitest'
import { asFakeWindow, BrowserWindow, shell } from '../../support/fake-electron'
import { tempDir } from '../../support/temp-dir'
import { createMainWindow } from '../../../src/main/window'

vi.mock('electron', () => import('../../support/fake-electron'))

const DEV = 'http://localhost:5173'

describe('the one window', () => {
  beforeEach(() => {
    BrowserWindow.created.length = 0
    shell.opened.length = 0
  })

  it('is sandboxed and isolated, with no node, no webview and no insecure content', async () => {
    const window = asFakeWindow(createMainWindow(await tempDir()))
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
    expect(window.loadedUrl).toBe('app://unlinker/index.html')
  })

  it('navigates and redirects only inside the app', async () => {
    const window = asFakeWindow(createMainWindow(await tempDir()))
    const contents = window.webContents
    expect(contents.navigate('will-navigate', 'app://unlinker/index.html#/people')).toBe(true)
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(false)
    expect(contents.navigate('will-redirect', 'file:///etc/passwd')).toBe(false)
    expect(contents.navigate('will-navigate', `${DEV}/`)).toBe(false)
  })

  it('follows the dev server while developing, and loads it', async () => {
    const window = asFakeWindow(createMainWindow(await tempDir(), DEV))
    expect(window.loadedUrl).toBe(DEV)
    expect(window.webContents.navigate('will-navigate', `${DEV}/#/accounts`)).toBe(true)
    expect(window.webContents.navigate('will-navigate', 'http://localhost:5174/')).toBe(false)
  })

  it('opens no window of its own: web links go to the system browser, the rest nowhere', async () => {
    const window = asFakeWindow(createMainWindow(await tempDir()))
    const open = window.webContents.windowOpenHandler
    if (!open) throw new Error('no window.open handler')
    expect(open({ url: 'https://www.gosuslugi.ru/help' })).toEqual({ action: 'deny' })
    expect(open({ url: 'app://unlinker/index.html' })).toEqual({ action: 'deny' })
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(open({ url: 'https://user:pw@evil.example/' })).toEqual({ action: 'deny' })
    expect(shell.opened).toEqual(['https://www.gosuslugi.ru/help'])
  })

  it('shows itself when ready, maximized when it was', async () => {
    const dir = await tempDir()
    const first = asFakeWindow(createMainWindow(dir))
    expect(first.shown).toBe(false)
    first.emit('ready-to-show')
    expect(first.shown).toBe(true)
    expect(first.maximized).toBe(false)
    first.maximized = true
    first.emit('close')
    const second = asFakeWindow(createMainWindow(dir))
    second.emit('ready-to-show')
    expect(second.maximized).toBe(true)
  })
})
