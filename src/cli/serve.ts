import { resolve } from 'node:path'
import { describeFailure } from '../core/errors'
import { warmCatalogSoon } from '../core/catalog/catalog'
import { UnlinkerCore } from '../core/unlinker-core'
import { startWebServer } from '../web/web-server'
import { EXIT } from './exit-codes'
import { openBrowser } from './open-browser'
import { APP_VERSION, RENDERER_DIR } from './paths'

export interface ServeOptions {
  dataDir: string
  port: number
  /** The largest proof file accepted, in bytes; the vault's default when absent. */
  maxFileBytes?: number
  open: boolean
}

/** `unlinker serve`: web mode until Ctrl-C, which finishes the last write before exiting. */
export async function serve(options: ServeOptions): Promise<void> {
  const dataDir = resolve(options.dataDir)
  let stop: () => Promise<void> = async () => undefined
  const core = await UnlinkerCore.open({
    dataDir,
    mode: 'web',
    version: APP_VERSION,
    maxProofBytes: options.maxFileBytes,
    host: { quit: () => void stop() }
  })
  const server = await startWebServer({ core, rendererDir: RENDERER_DIR, port: options.port })

  process.stdout.write(
    [
      `Unlinker ${APP_VERSION} is running in web mode.`,
      `  Open: ${server.url}`,
      `  Data folder: ${dataDir}`,
      '  Press Ctrl-C to stop.',
      ''
    ].join('\n')
  )
  if (core.recovery)
    process.stdout.write(
      `  The data file cannot be read (${core.recovery.reason}); nothing was changed.\n` +
        '  Open the address above to restore a good copy or start empty.\n'
    )
  if (options.open) openBrowser(server.url)
  warmCatalogSoon()

  let stopping = false
  stop = async (): Promise<void> => {
    if (stopping) return
    stopping = true
    try {
      await server.close()
      await core.close()
    } catch (error) {
      // The core has let go of the folder by now; say what failed in one line.
      process.stderr.write(
        `unlinker: ${describeFailure(error, 'Could not stop cleanly').message}\n`
      )
      process.exit(EXIT.failed)
    }
    process.stdout.write('Stopped; everything is saved.\n')
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}
