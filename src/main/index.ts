import { app, BrowserWindow, dialog, session, shell } from 'electron'
import { join } from 'node:path'
import { UnlinkerCore } from './core/unlinker-core'
import { registerIpc } from './ipc'
import { registerAppScheme, serveRenderer } from './protocol'
import { createMainWindow } from './window'

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
let window: BrowserWindow | null = null
let core: UnlinkerCore | null = null

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
  const dataDir = app.getPath('userData')
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
        openPath: async (path) => {
          const failure = await shell.openPath(path)
          if (failure) throw new Error(failure)
        }
      }
    })
  } catch (error) {
    fatal(error)
    return
  }
  serveRenderer(core)
  registerIpc(core, () => window, devUrl)
  window = createMainWindow(devUrl)
  window.on('closed', () => (window = null))
}

let closing = false
app.on('before-quit', (event) => {
  if (!core || closing) return
  event.preventDefault()
  closing = true
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
