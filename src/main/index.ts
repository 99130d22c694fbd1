import { app, BrowserWindow, dialog, session } from 'electron'
import { join } from 'node:path'
import { warmCatalogSoon } from '../core/catalog/catalog'
import { UnlinkerCore } from '../core/unlinker-core'
import type { Preferences } from '../shared/domain/preferences'
import { registerIpc } from './ipc'
import { dataDirFromArgs, withoutDataArg } from './launch-args'
import { installMenu, installMenuInChosenLanguage } from './menu'
import { safeStorageKeeper } from './passphrase-keeper'
import { registerAppScheme, serveRenderer } from './protocol'
import { systemViewer } from './proof-viewer'
import { startReminderNotifications } from './reminder-notifications'
import { createMainWindow } from './window'

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
let window: BrowserWindow | null = null
let core: UnlinkerCore | null = null
let stopNotifications: (() => void) | null = null

app.enableSandbox()
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault())
  })
  app.whenReady().then(start, (error: unknown) => fatal(error))
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false)
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
  const dataDir = dataDirFromArgs(process.argv) ?? app.getPath('userData')
  try {
    core = await UnlinkerCore.open({
      dataDir,
      mode: 'electron',
      version: app.getVersion(),
      host: {
        chooseExportFile: async (suggestedName) => {
          const options = {
            defaultPath: join(app.getPath('documents'), suggestedName),
            filters: [{ name: 'ZIP', extensions: ['zip'] }]
          }
          const answer = window
            ? await dialog.showSaveDialog(window, options)
            : await dialog.showSaveDialog(options)
          return answer.canceled || !answer.filePath ? null : answer.filePath
        },
        quit: () => app.quit(),
        keeper: safeStorageKeeper(dataDir),
        chooseDataFolder: async () => {
          const options = { properties: ['openDirectory' as const, 'createDirectory' as const] }
          const answer = window
            ? await dialog.showOpenDialog(window, options)
            : await dialog.showOpenDialog(options)
          const chosen = answer.filePaths[0]
          if (answer.canceled || !chosen) return false
          // A fresh start on the other folder: the lock, store and vault all follow it.
          app.relaunch({ args: [...withoutDataArg(process.argv.slice(1)), `--data=${chosen}`] })
          app.quit()
          return true
        },
        ...systemViewer
      }
    })
  } catch (error) {
    fatal(error)
    return
  }
  serveRenderer(core)
  const opened = core
  await installMenuInChosenLanguage(opened, () => window)
  // A language chosen in Settings reaches the menu at once, not at the next start.
  registerIpc(
    opened,
    () => window,
    devUrl,
    (name, data) => {
      // setPreferences answers with every preference: no second read.
      if (name === 'setPreferences') installMenu(() => window, (data as Preferences).language)
    }
  )
  window = createMainWindow(app.getPath('userData'), devUrl)
  window.on('closed', () => (window = null))
  warmCatalogSoon()
  stopNotifications = startReminderNotifications(
    () => core,
    () => window,
    app.getLocale()
  )
}

let closing = false
app.on('before-quit', (event) => {
  if (!core || closing) return
  event.preventDefault()
  closing = true
  stopNotifications?.()
  void core.close().finally(() => {
    core = null
    app.quit()
  })
})
app.on('window-all-closed', () => app.quit())

function fatal(error: unknown): void {
  dialog.showErrorBox(
    'Unlinker could not start',
    error instanceof Error ? error.message : String(error)
  )
  app.exit(1)
}
