/**
 * Only the parts of `electron` that src/main's glue calls, recorded so a test can read
 * what the glue asked of Electron and play Electron's side (events, dialogs, requests).
 * The binary cannot run in these tests; nothing of our own code is replaced.
 * Use with `vi.mock('electron', () => import('../../support/fake-electron'))`.
 */
import { EventEmitter } from 'node:events'

type Handler = (...args: never[]) => unknown

export interface FakeFrame {
  url: string
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { url: 'app://unlinker/index.html' }
  readonly sent: Array<{ channel: string; args: unknown[] }> = []
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler
  }

  /** Plays a navigation: true when the glue let it happen. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false
    this.emit(event, { preventDefault: () => (prevented = true) }, url)
    return !prevented
  }
}

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  loadedUrl: string | null = null
  shown = false
  maximized = false
  minimized = false
  focused = false
  normalBounds: Rectangle = { x: 10, y: 20, width: 1280, height: 800 }

  constructor(readonly options: Record<string, unknown>) {
    super()
    BrowserWindow.created.push(this)
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url
  }
  show(): void {
    this.shown = true
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
  }
  focus(): void {
    this.focused = true
  }
  getNormalBounds(): Rectangle {
    return this.normalBounds
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true
  name = 'Unlinker'
  locale = 'en-US'
  paths: Record<string, string> = {}
  quitCalls = 0
  exitCode: number | null = null
  relaunchedWith: { args: string[] } | null = null
  sandboxed = false
  singleInstance = true
  private ready: (() => void) | null = null
  private readonly readyPromise = new Promise<void>((resolve) => (this.ready = resolve))

  enableSandbox(): void {
    this.sandboxed = true
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstance
  }
  whenReady(): Promise<void> {
    return this.readyPromise
  }
  /** Plays Electron finishing its start. */
  becomeReady(): void {
    this.ready?.()
  }
  getPath(name: string): string {
    const path = this.paths[name]
    if (!path) throw new Error(`fake app has no path for ${name}`)
    return path
  }
  getVersion(): string {
    return '0.0.0-fake'
  }
  getLocale(): string {
    return this.locale
  }
  /** As Electron does: 'before-quit' may be prevented; otherwise the app quits. */
  quit(): void {
    this.quitCalls++
    let prevented = false
    this.emit('before-quit', { preventDefault: () => (prevented = true) })
    if (!prevented) this.emit('will-quit')
  }
  exit(code: number): void {
    this.exitCode = code
  }
  relaunch(options: { args: string[] }): void {
    this.relaunchedWith = options
  }
}

export const app = new FakeApp()

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, handler)
  }
}

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes)
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    this.handlers.set(scheme, handler)
  }
}

type PermissionRequest = (wc: unknown, permission: string, callback: (ok: boolean) => void) => void
export const session = {
  defaultSession: {
    permissionRequest: null as PermissionRequest | null,
    permissionCheck: null as ((...args: unknown[]) => boolean) | null,
    setPermissionRequestHandler(handler: PermissionRequest): void {
      this.permissionRequest = handler
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
      this.permissionCheck = handler
    }
  }
}

export const shell = {
  opened: [] as string[],
  openedPaths: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url)
  },
  async openPath(path: string): Promise<string> {
    this.openedPaths.push(path)
    return ''
  },
  /** Files shown selected in their folder, nothing opened. */
  shownInFolder: [] as string[],
  showItemInFolder(path: string): void {
    this.shownInFolder.push(path)
  }
}

export const dialog = {
  errors: [] as Array<{ title: string; content: string }>,
  saveAnswer: { canceled: true, filePath: undefined as string | undefined },
  openAnswer: { canceled: true, filePaths: [] as string[] },
  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content })
  },
  async showSaveDialog(): Promise<{ canceled: boolean; filePath?: string }> {
    return this.saveAnswer
  },
  async showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    return this.openAnswer
  }
}

export interface MenuItem {
  label?: string
  role?: string
  type?: string
  accelerator?: string
  click?: () => void
  submenu?: MenuItem[]
}
export const Menu = {
  installed: null as MenuItem[] | null,
  buildFromTemplate(template: MenuItem[]): MenuItem[] {
    return template
  },
  setApplicationMenu(menu: MenuItem[]): void {
    this.installed = menu
  }
}

/** Reversible on purpose, and marked, so a test can tell what was "encrypted". */
export const safeStorage = {
  encryptionAvailable: true,
  backend: 'gnome_libsecret',
  isEncryptionAvailable(): boolean {
    return this.encryptionAvailable
  },
  getSelectedStorageBackend(): string {
    return this.backend
  },
  encryptString(text: string): Buffer {
    return Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`)
  },
  decryptString(bytes: Buffer): string {
    const text = bytes.toString()
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext')
    return Buffer.from(text.slice('sealed:'.length), 'base64').toString()
  }
}

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getAllDisplays(): Array<{ workArea: Rectangle }> {
    return this.displays
  }
}

export class Notification extends EventEmitter {
  static shown: Notification[] = []
  static supported = true
  static isSupported(): boolean {
    return Notification.supported
  }
  constructor(readonly options: { title: string; body: string }) {
    super()
  }
  show(): void {
    Notification.shown.push(this)
  }
}

export default {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell
}

/** The fake window where the glue's signatures ask for Electron's own type. */
export function asElectronWindow(window: BrowserWindow): import('electron').BrowserWindow {
  return window as unknown as import('electron').BrowserWindow
}

/** The fake behind a window the glue created. */
export function asFakeWindow(window: import('electron').BrowserWindow): BrowserWindow {
  if (!(window instanceof BrowserWindow)) throw new Error('not a window of the fake Electron')
  return window
}
