import { execFile, spawn } from 'node:child_process'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../../../src/core/lock'
import type { Job } from '../../../src/shared/domain/job'
import { dataRange, readEntries, withDeclaredSize, writeZip } from '../../support/crafted-archives'
import { webClient } from '../../support/http'
import { tempDir } from '../../support/temp-dir'

/** The built command line (npm run build), run as a user would. */
const CLI = join(__dirname, '../../../out/main/cli.js')

function unlinker(...args: string[]): Promise<number> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (error) => resolve(error ? Number(error.code) : 0))
  })
}

/** `unlinker serve` in its own process, with the port and token it printed. */
async function serve(data: string) {
  const child = spawn(process.execPath, [CLI, 'serve', '--data', data, '--port', '0', '--no-open'])
  let out = ''
  let err = ''
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const url = await new Promise<URL>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const open = /Open: (\S+)/.exec(out)?.[1]
      if (open) resolve(new URL(open))
    })
    child.once('exit', () => reject(new Error(`serve ended early: ${err}`)))
  })
  const port = Number(url.port)
  const { call, upload } = webClient(port, url.searchParams.get('token') ?? '')
  const finished = async (start: Promise<Job>): Promise<Job> => {
    const { id } = await start
    for (;;) {
      const job = await call<Job>('getJob', { id })
      if (job.state !== 'running') return job
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  return { child, call, upload, finished, exited, output: () => ({ out, err }) }
}

/** The example data exported by the command line: a real archive to damage. */
async function realExport(dir: string): Promise<string> {
  const archive = join(dir, 'proofs.zip')
  expect(await unlinker('demo', '--data', join(dir, 'source'))).toBe(0)
  expect(await unlinker('export', '--data', join(dir, 'source'), '--out', archive)).toBe(0)
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
// archive would end the app for every page and leave the folder locked.
describe('web mode and damaged archives', { timeout: 240_000 }, () => {
  it('answers a verify and a restore of damaged archives, keeps serving, and stops cleanly', async () => {
    const dir = await tempDir()
    const archive = await realExport(dir)
    const [flipped, lying] = [await flippedExport(archive), await lyingExport(dir, archive)]
    const data = join(dir, 'data')
    const app = await serve(data)
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
      app.child.kill('SIGTERM')
    }
    expect(await app.exited).toBe(0)
    expect(app.output().err).not.toMatch(/Unhandled|^\s+at /m)
    expect(app.output().out).toContain('Stopped; everything is saved.')
    expect(await readdir(data)).not.toContain(LOCK_FILE)
  })
})
