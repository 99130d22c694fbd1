import { join } from 'node:path'
import { BrowserWindow, shell } from 'electron'
import { APP_ORIGIN, externalLinkDecision, isOwnUrl } from './security-rules'

/** The one window: sandboxed, isolated, and unable to navigate or open anything else. */
export function createMainWindow(devUrl?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Unlinker',
    icon: join(__dirname, '../../resources/icon.png'),
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle click must not open a link in a new Electron window.
      disableBlinkFeatures: 'Auxclick'
    }
  })

  window.once('ready-to-show', () => window.show())
  const stayHome = (event: { preventDefault(): void }, url: string): void => {
    if (!isOwnUrl(url, devUrl)) event.preventDefault()
  }
  window.webContents.on('will-navigate', stayHome)
  window.webContents.on('will-redirect', stayHome)
  window.webContents.setWindowOpenHandler(({ url }) => {
    const decision = externalLinkDecision(url)
    if (decision.open) void shell.openExternal(decision.url)
    return { action: 'deny' }
  })

  void window.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}
