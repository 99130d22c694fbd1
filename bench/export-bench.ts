import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, open, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { UnlinkerCore } from '../src/core/unlinker-core'
import { median, timeIt } from './measure'

const run = promisify(execFile)
const GiB = 1024 ** 3
const FILES = 8
const ROUNDS = 3

/** A file of `size` bytes that no compressor could shrink, written in 1 MiB chunks. */
async function writeIncompressible(path: string, size: number): Promise<void> {
  const out = createWriteStream(path)
  const chunk = randomBytes(1024 * 1024)
  for (let written = 0; written < size; written += chunk.length) {
    chunk.writeUInt32LE(written / chunk.length, 0)
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve()))
  )
}

/**
 * The least any exporter in Node can do with the same files: read each through user
 * space, hash it, append it to one file, fsync. `cp` copies inside the kernel
 * (copy_file_range) and never pays for the trip through user space that hashing needs.
 */
async function nodeCopyFloor(files: string[], out: string): Promise<void> {
  const sink = createWriteStream(out, { highWaterMark: 1024 * 1024 })
  for (const file of files) {
    const hash = createHash('sha256')
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
      hash.update(chunk as Buffer)
      if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', resolve))
    }
    hash.digest()
  }
  await new Promise<void>((resolve, reject) =>
    sink.end((e?: Error | null) => (e ? reject(e) : resolve()))
  )
  const handle = await open(out, 'r+')
  await handle.sync()
  await handle.close()
}

/**
 * 1 GiB of proofs in eight files. Export is timed against `cp` + `sync` of the same vault
 * files (our export fsyncs too), and attaching against `sha256sum` + `cp` + `sync` of the
 * same file: both ratios are baseline time over ours, so higher is better.
 */
export async function exportBench(): Promise<Record<string, number>> {
  const root = await mkdtemp(join(tmpdir(), 'unlinker-bench-export-'))
  try {
    const sources = join(root, 'sources')
    const dataDir = join(root, 'data')
    await mkdir(sources)
    const size = GiB / FILES
    for (let i = 0; i < FILES; i++) await writeIncompressible(join(sources, `video-${i}.mp4`), size)

    const core = await UnlinkerCore.open({ dataDir, mode: 'electron', version: 'bench' })
    const c = await core.call('createCase', { number: '+79161234567', carrier: 'mts' })
    if (!c.ok) throw new Error(c.error.message)
    const caseId = (c.data as { id: string }).id
    const importMs: number[] = []
    const importBaseMs: number[] = []
    for (let i = 0; i < FILES; i++) {
      const file = join(sources, `video-${i}.mp4`)
      if (i < ROUNDS) {
        importBaseMs.push(
          await timeIt(async () => {
            await run('sha256sum', [file])
            await run('cp', [file, join(root, 'copy.bin')])
            await run('sync', [join(root, 'copy.bin')])
          })
        )
        await rm(join(root, 'copy.bin'))
      }
      const ms = await timeIt(async () => {
        const r = await core.call('attachProof', {
          ownerType: 'case',
          ownerId: caseId,
          kind: 'other',
          source: { path: file }
        })
        if (!r.ok) throw new Error(r.error.message)
      })
      if (i < ROUNDS) importMs.push(ms)
    }
    await core.close()

    const vaultDir = join(dataDir, 'vault')
    const vaultFiles = (await readdir(vaultDir)).map((f) => join(vaultDir, f))
    const exportMs: number[] = []
    const baseMs: number[] = []
    const rss: number[] = []
    const floorMs: number[] = []
    for (let i = 0; i < ROUNDS; i++) {
      const copyDir = join(root, `cp-${i}`)
      await mkdir(copyDir)
      baseMs.push(
        await timeIt(async () => {
          await run('cp', [...vaultFiles, copyDir])
          await run(
            'sync',
            (await readdir(copyDir)).map((f) => join(copyDir, f))
          )
        })
      )
      await rm(copyDir, { recursive: true })
      const floorOut = join(root, `floor-${i}.bin`)
      floorMs.push(await timeIt(() => nodeCopyFloor(vaultFiles, floorOut)))
      await rm(floorOut)
      const out = join(root, `export-${i}.zip`)
      const { stdout } = await run(process.execPath, [
        '--import',
        'tsx',
        join(__dirname, 'export-child.ts'),
        dataDir,
        out
      ])
      const child = JSON.parse(stdout) as { ms: number; peakRssMb: number }
      exportMs.push(child.ms)
      rss.push(child.peakRssMb)
      await rm(out)
    }
    return {
      export_throughput_ratio: median(baseMs) / median(exportMs),
      export_peak_rss_mb: Math.max(...rss),
      export_ms_1gib: median(exportMs),
      export_cp_baseline_ms_1gib: median(baseMs),
      export_node_floor_ms_1gib: median(floorMs),
      export_vs_node_floor_ratio: median(floorMs) / median(exportMs),
      import_throughput_ratio: median(importBaseMs) / median(importMs)
    }
  } finally {
    await rm(root, { recursive: true, force: true, maxRetries: 5 })
  }
}
