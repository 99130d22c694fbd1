import { createHash, randomBytes } from 'node:crypto'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanArchive } from '../../../src/core/archive/scan-archive'
import { killRandom, runAndKill } from '../../support/kill-child'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

// The many-kills run of plain writes is store-survives-sigkill.stress.test.ts.
describe('a SIGKILL at any moment', () => {
  it('during a proof import leaves only whole vault files and no record without its file', async () => {
    const root = await tempDir()
    const dataDir = join(root, 'data')
    const file = join(root, 'video.mp4')
    await writeFile(file, Buffer.concat(Array.from({ length: 24 }, () => randomBytes(1024 * 1024))))
    const random = killRandom('store-survives-sigkill (import)')
    for (let i = 0; i < 12; i++) {
      await runAndKill('import', dataDir, { delayMs: random() * 400, file })
      const core = await openCore(dataDir)
      for (const proof of await must(core, 'listProofs', {})) {
        const bytes = await readFile(join(dataDir, 'vault', proof.sha256))
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(proof.sha256)
      }
      for (const name of await readdir(join(dataDir, 'vault')).catch(() => [])) {
        const bytes = await readFile(join(dataDir, 'vault', name))
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(name)
      }
      expect(await readdir(join(dataDir, 'incoming')).catch(() => [])).toEqual([])
      await closeCore(core)
    }
  }, 300_000)

  it('during an export never leaves a file that looks whole but is not', async () => {
    const root = await tempDir()
    const dataDir = join(root, 'data')
    const file = join(root, 'video.mp4')
    await writeFile(file, Buffer.concat(Array.from({ length: 32 }, () => randomBytes(1024 * 1024))))
    const core = await openCore(dataDir, undefined, { mode: 'electron' })
    const c = await must(core, 'createCase', { number: '+79123456789' })
    await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'other',
      source: { path: file }
    })
    await closeCore(core)
    const random = killRandom('store-survives-sigkill (export)')
    const finished: string[] = []
    for (let i = 0; i < 8; i++) {
      // The first run is killed only after an export finished, so there is one to check.
      const plan = { delayMs: random() * 600, afterFirstAck: i === 0 }
      finished.push(...(await runAndKill('export', dataDir, plan)))
    }
    expect(finished.length).toBeGreaterThanOrEqual(1)
    const zips = (await readdir(root)).filter((n) => n.endsWith('.zip'))
    for (const path of finished) expect(zips).toContain(basename(path))
    for (const zip of zips) expect((await scanArchive(join(root, zip))).report.intact).toBe(true)
    // Temp files are hidden (.name.partial) and never end in .zip.
    expect(
      (await readdir(root))
        .filter((n) => n.includes('.zip') && !n.endsWith('.zip'))
        .every((n) => n.startsWith('.'))
    ).toBe(true)
  }, 300_000)
})
