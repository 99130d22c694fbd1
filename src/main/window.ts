import { join } from 'node:path'
import { BrowserWindow, shell } from 'electron'
import { APP_ORIGIN, externalLinkDecision, isOwnUrl } from './security-rules'
import { keepWindowState, loadWindowState } from './window-state'

/** The one window: sandboxed, isolated, and unable to navigate or open anything else. */
export function createMainWindow(stateDir: string, devUrl?: string): BrowserWindow {
  const state = loadWindowState(stateDir)
  const window = new BrowserWindow({
    ...(state.placed ? state.bounds : { width: state.bounds.width, height: state.bounds.height }),
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

  keepWindowState(window, stateDir)
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
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
