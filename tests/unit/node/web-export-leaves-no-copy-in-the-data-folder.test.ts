import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { startWebServer } from '../../../src/web/web-server'
import { rawRequest } from '../../support/http'
import { closeCore, must, openCore, runJob } from '../../support/open-core'
import { beforeCleanup, tempDir } from '../../support/temp-dir'

const cheap = { kdf: { N: 1024, r: 8, p: 1 } }

async function exportsIn(data: string): Promise<string[]> {
  return readdir(join(data, 'exports')).catch(() => [])
}

async function exported(core: Awaited<ReturnType<typeof openCore>>) {
  const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
  if (job.kind !== 'export' || !job.result?.download) throw new Error('no download')
  return job.result
}

describe('a web-mode export', () => {
  it('is deleted from the data folder once it is downloaded whole', async () => {
    const dir = await tempDir()
    const rendererDir = join(dir, 'renderer')
    await mkdir(rendererDir)
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
    const data = join(dir, 'data')
    const core = await openCore(data)
    await must(core, 'loadExampleData', {})
    const server = await startWebServer({ core, rendererDir })
    beforeCleanup(() => server.close())
    const sign = async (path: string): Promise<string> => {
      const res = await rawRequest(server.port, {
        method: 'POST',
        path: '/sign',
        headers: { 'x-unlinker-token': server.token, 'content-type': 'application/json' },
        body: JSON.stringify({ path })
      })
      return (JSON.parse(res.body) as { data: { url: string } }).data.url
    }

    const result = await exported(core)
    expect(await exportsIn(data)).toEqual([result.name])
    // Asking only for the headers downloads nothing: the archive stays.
    const head = await rawRequest(server.port, {
      method: 'HEAD',
      path: await sign(result.download!)
    })
    expect(head.status).toBe(200)
    expect(await exportsIn(data)).toEqual([result.name])

    const download = await rawRequest(server.port, { path: await sign(result.download!) })
    expect(download.status).toBe(200)
    expect(Number(download.headers['content-length'])).toBe(result.bytes)
    // The response is whole for the client once its stated length has arrived; the server
    // deletes the archive right after it has handed over the last byte.
    await vi.waitFor(async () => expect(await exportsIn(data)).toEqual([]), { timeout: 10_000 })
    expect((await rawRequest(server.port, { path: await sign(result.download!) })).status).toBe(404)
  })

  it('never downloaded is deleted when an encrypted folder locks, and when any folder closes or starts', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data, undefined, cheap)
    await must(core, 'loadExampleData', {})
    await must(core, 'enableEncryption', { passphrase: 'correct horse battery' })
    await exported(core)
    expect(await exportsIn(data)).toHaveLength(1)
    await must(core, 'lock', {})
    expect(await exportsIn(data)).toEqual([])

    const plain = join(dir, 'plain')
    const first = await openCore(plain)
    await must(first, 'loadExampleData', {})
    await exported(first)
    await closeCore(first)
    expect(await exportsIn(plain)).toEqual([])

    // A run that ended without closing (a crash) left one: the next start deletes it.
    const second = await openCore(plain)
    const left = await exported(second)
    await closeCore(second)
    await mkdir(join(plain, 'exports'), { recursive: true })
    await writeFile(join(plain, 'exports', left.name), 'PK')
    await openCore(plain)
    expect(await exportsIn(plain)).toEqual([])
  })
})
