import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../../../src/core/lock'
import type { Job } from '../../../src/shared/domain/job'
import { dataRange, readEntries, withDeclaredSize, writeZip } from '../../support/crafted-archives'
import { webClient } from '../../support/http'
import { serveInProcess, unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

/** `unlinker serve` in this process, with the token it printed and the api it serves. */
async function serve(data: string) {
  const app = await serveInProcess(['--data', data, '--port', '0'])
  const { call, upload } = webClient(Number(app.url.port), app.url.searchParams.get('token') ?? '')
  const finished = async (start: Promise<Job>): Promise<Job> => {
    const { id } = await start
    for (;;) {
      const job = await call<Job>('getJob', { id })
      if (job.state !== 'running') return job
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  return { ...app, call, upload, finished }
}

/** The example data exported by the command line: a real archive to damage. */
async function realExport(dir: string): Promise<string> {
  const archive = join(dir, 'proofs.zip')
  expect((await unlinker('demo', '--data', join(dir, 'source'))).code).toBe(0)
  expect((await unlinker('export', '--data', join(dir, 'source'), '--out', archive)).code).toBe(0)
  return archive
}

/**
 * The export with one byte of its compressed manifest flipped so that the deflate stream
 * itself breaks (told by zlib alone, not by the code under test).
 */
async function flippedExport(archive: string): Promise<Buffer> {
  const bytes = await readFile(archive)
  const { start, end } = dataRange(bytes, 'manifest.json')
  for (let at = Math.floor((start + end) / 2); at < end; at++) {
    const copy = Buffer.from(bytes)
    copy[at]! ^= 0x10
    try {
      inflateRawSync(copy.subarray(start, end))
    } catch {
      return copy
    }
  }
  throw new Error('no flip broke the manifest')
}

/** The export deflated, as another zip tool writes it, with a receipt claiming 100 bytes. */
async function lyingExport(dir: string, archive: string): Promise<Buffer> {
  const entries = await readEntries(archive)
  const deflated = join(dir, 'deflated.zip')
  await writeZip(deflated, entries)
  const receipt = entries.find((e) => e.name.endsWith('.png'))!
  expect(receipt.data.length).toBeGreaterThan(1000)
  return withDeclaredSize(await readFile(deflated), receipt.name, 100)
}

// Web mode reads archives in the server's own process: one that crashed on a damaged
// archive would end the app for every page and leave the folder locked (here, it would
// fail this test run with an uncaught error).
describe('web mode and damaged archives', () => {
  it('answers a verify and a restore of damaged archives, keeps serving, and stops cleanly', async () => {
    const dir = await tempDir()
    const archive = await realExport(dir)
    const [flipped, lying] = [await flippedExport(archive), await lyingExport(dir, archive)]
    const data = join(dir, 'data')
    const app = await serve(data)
    let stopped
    try {
      const verified = await app.finished(
        app.call('startVerify', { source: { upload: await app.upload(flipped) } })
      )
      expect(verified).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
      expect(verified.error?.message).toMatch(/damaged/)

      const restored = await app.finished(
        app.call('startRestore', { source: { upload: await app.upload(lying) }, mode: 'merge' })
      )
      expect(restored).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
      expect(restored.error?.message).toMatch(/too many bytes/)

      // Still serving, with nothing restored and nothing left in incoming/.
      expect(await app.call('listProofs', {})).toEqual([])
      expect(await readdir(join(data, 'incoming')).catch(() => [])).toEqual([])
    } finally {
      stopped = await app.stop()
    }
    expect(stopped.code).toBe(0)
    expect(stopped.err).not.toMatch(/Unhandled|^\s+at /m)
    expect(stopped.out).toContain('Stopped; everything is saved.')
    expect(await readdir(data)).not.toContain(LOCK_FILE)
  })
})
