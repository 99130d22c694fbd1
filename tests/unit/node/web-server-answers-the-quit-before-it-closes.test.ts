import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startWebServer, type RunningWebServer } from '../../../src/web/web-server'
import { openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('web mode quits from the page', () => {
  it('sends the Quit call its answer before the server closes, and ends that connection with it', async () => {
    const dir = await tempDir()
    const rendererDir = join(dir, 'renderer')
    await mkdir(rendererDir)
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Unlinker</title>')
    let server: RunningWebServer | null = null
    let closed: Promise<void> | null = null
    // As `unlinker serve` does: the app's Quit closes the server.
    const core = await openCore(join(dir, 'data'), undefined, {
      host: { quit: () => void (closed = server?.close() ?? null) }
    })
    server = await startWebServer({ core, rendererDir })
    const call = (method: string): Promise<Response> =>
      fetch(`http://127.0.0.1:${server!.port}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-unlinker-token': server!.token },
        body: '{}'
      })
    // A connection kept alive from an earlier call is open when the Quit arrives.
    expect((await call('getAppInfo')).status).toBe(200)
    const answer = await call('quitApp')
    expect(await answer.json()).toEqual({ ok: true, data: { quitting: true } })
    // Its connection ends with it, so closing waits for no kept-alive connection.
    expect(answer.headers.get('connection')).toBe('close')
    await closed
    await expect(call('getAppInfo')).rejects.toThrow()
  })
})
