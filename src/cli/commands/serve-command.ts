import { resolve } from 'node:path'
import { describeFailure } from '../../core/errors'
import { warmCatalogSoon } from '../../core/catalog/catalog'
import { UnlinkerCore } from '../../core/unlinker-core'
import { startWebServer } from '../../web/web-server'
import { writeLine, type SpokenIo } from '../cli-io'
import { EXIT } from '../exit-codes'
import { openBrowser } from '../open-browser'
import { APP_VERSION, RENDERER_DIR } from '../paths'

export interface ServeOptions {
  dataDir: string
  port: number
  /** The largest proof file accepted, in bytes; the vault's default when absent. */
  maxFileBytes?: number
  open: boolean
}

/**
 * `unlinker serve`: web mode until Ctrl-C (or the app's Quit), which finishes the last
 * write and lets go of the folder before the command ends.
 */
export async function serveCommand(io: SpokenIo, options: ServeOptions): Promise<number> {
  const dataDir = resolve(options.dataDir)
  const interrupted = io.interrupts()
  let quit: () => void = () => undefined
  const stopped = new Promise<void>((done) => {
    quit = done
    if (interrupted.aborted) done()
    interrupted.addEventListener('abort', () => done(), { once: true })
  })
  const core = await UnlinkerCore.open({
    dataDir,
    mode: 'web',
    version: APP_VERSION,
    maxProofBytes: options.maxFileBytes,
    host: { quit: () => quit() },
    warn: (message) => void writeLine(io.stderr, `unlinker: ${message}`)
  })
  const server = await startWebServer({
    core,
    rendererDir: RENDERER_DIR,
    port: options.port
  }).catch(async (error: unknown) => {
    await core.close()
    throw error
  })

  const { say } = io
  await io.stdout.write(
    [
      say('serve.running', { version: APP_VERSION }),
      `  ${say('serve.open')}: ${server.url}`,
      `  ${say('serve.dataFolder')}: ${dataDir}`,
      `  ${say('serve.stop')}`,
      ''
    ].join('\n')
  )
  if (core.recovery)
    await io.stdout.write(
      `  ${say('serve.unreadable', { reason: core.recovery.reason })}\n` +
        `  ${say('serve.recover')}\n`
    )
  if (options.open) openBrowser(server.url)
  warmCatalogSoon()

  await stopped
  try {
    await server.close()
    await core.close()
  } catch (error) {
    // The core has let go of the folder by now; say what failed in one line.
    await writeLine(
      io.stderr,
      `unlinker: ${say('serve.notStopped')} ${describeFailure(error, null).message}`
    )
    return EXIT.failed
  }
  await io.stdout.write(`${say('serve.stopped')}\n`)
  return EXIT.ok
}
