import { createWriteStream } from 'node:fs'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import { ZipFile } from 'yazl'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { must, openCore, runJob } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { isSafeArchivePath } from '../../../src/shared/archive/manifest'
import { tempDir } from '../../support/temp-dir'

const desktop = { mode: 'electron' as const }

async function writeZip(
  path: string,
  entries: Array<{ name: string; data: Buffer; mode?: number; compress?: boolean }>
): Promise<void> {
  const zip = new ZipFile()
  for (const e of entries)
    zip.addBuffer(e.data, e.name, { mode: e.mode, compress: e.compress ?? true })
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(path))
}

/** A real export of a small store, to tamper with. */
async function realArchive(dir: string): Promise<{ core: UnlinkerCore; archive: string }> {
  const core = await openCore(join(dir, 'data'), undefined, desktop)
  const files = await writeProofFiles(dir)
  const c = await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
  await must(core, 'attachProof', {
    ownerType: 'case',
    ownerId: c.id,
    kind: 'agreement',
    source: { path: files.pdf }
  })
  const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
  if (job.kind !== 'export' || !job.result) throw new Error('export failed')
  return { core, archive: job.result.path }
}

async function restore(core: UnlinkerCore, path: string, mode: 'merge' | 'replace' = 'merge') {
  return runJob(core, must(core, 'startRestore', { source: { path }, mode }))
}

async function snapshot(dataDir: string): Promise<{ store: string; vault: string[] }> {
  return {
    store: await readFile(join(dataDir, 'unlinker.json'), 'utf8'),
    vault: await readdir(join(dataDir, 'vault')).catch(() => [])
  }
}

describe('a path inside an archive is safe only as plain relative segments', () => {
  it.each(['manifest.json', 'proofs/79123456789/a.pdf', 'proofs/a..b/c', 'proofs/.hidden'])(
    '%s is safe',
    (path) => expect(isSafeArchivePath(path)).toBe(true)
  )
  it.each([
    '/etc/passwd',
    '../x',
    'proofs/../../x',
    'proofs/..',
    'proofs/./x',
    'proofs//x',
    'proofs/',
    'C:/Windows/x',
    'c:x',
    'proofs\\x',
    'proofs/x\0.pdf',
    ''
  ])('%j is not', (path) => expect(isSafeArchivePath(path)).toBe(false))
})

describe('restoring refuses unsafe archives and leaves the store as it was', () => {
  it('refuses an entry that climbs out of the folder (zip slip)', async () => {
    const dir = await tempDir()
    const { core, archive } = await realArchive(dir)
    const bytes = await readFile(archive)
    // Same length, so every offset in the ZIP stays right: only the name changes.
    const from = Buffer.from('proofs/79123456789/')
    const to = Buffer.from('../../../../escaped/')
    let at = bytes.indexOf(from)
    expect(at).toBeGreaterThan(0)
    while (at >= 0) {
      to.copy(bytes, at)
      at = bytes.indexOf(from, at + 1)
    }
    const evil = join(dir, 'slip.zip')
    await writeFile(evil, bytes)
    const before = await snapshot(join(dir, 'data'))

    const job = await restore(core, evil)
    // The ZIP reader refuses a climbing name before our own check sees it (tested below).
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(job.error?.message).toMatch(
      /^The archive is damaged or unsafe: invalid relative path: \.\.\/\.\.\/\.\.\/\.\.\/escaped\//
    )
    expect(await snapshot(join(dir, 'data'))).toEqual(before)
    expect(await readdir(dir)).not.toContain('escaped')
  })

  it.each([
    ['/etc/evil', 'an absolute path'],
    ['C:/Windows/evil', 'a drive letter']
  ])('refuses %s (%s)', async (name) => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, desktop)
    const evil = join(dir, 'abs.zip')
    await writeZip(evil, [{ name: 'proofs/x', data: Buffer.from('x') }])
    const bytes = await readFile(evil)
    const from = Buffer.from('proofs/x')
    const padded = Buffer.from(name.padEnd(from.length, 'x').slice(0, from.length))
    for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1))
      padded.copy(bytes, at)
    await writeFile(evil, bytes)
    const job = await restore(core, evil)
    expect(job).toMatchObject({
      state: 'failed',
      error: {
        code: 'badArchive',
        message: `The archive is damaged or unsafe: absolute path: ${padded.toString()}`
      }
    })
  })

  it.each(['proofs/./x', 'proofs//x', 'proofs/x/.'])(
    'refuses %s, a name the ZIP reader lets through, with our own check',
    async (name) => {
      const dir = await tempDir()
      const core = await openCore(join(dir, 'data'), undefined, desktop)
      const evil = join(dir, 'dot.zip')
      await writeZip(evil, [{ name, data: Buffer.from('x') }])
      const before = await snapshot(join(dir, 'data'))
      const job = await restore(core, evil)
      expect(job).toMatchObject({
        state: 'failed',
        error: { code: 'badArchive', message: `${name} points outside the archive.` }
      })
      expect(await snapshot(join(dir, 'data'))).toEqual(before)
    }
  )

  it('refuses a symbolic link entry', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, desktop)
    const evil = join(dir, 'link.zip')
    await writeZip(evil, [
      { name: 'proofs/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }
    ])
    const before = await snapshot(join(dir, 'data'))
    const job = await restore(core, evil)
    expect(job).toMatchObject({
      state: 'failed',
      error: { code: 'badArchive', message: 'proofs/link is a link.' }
    })
    expect(await snapshot(join(dir, 'data'))).toEqual(before)
  })

  it('refuses a zip bomb by its declared size before unpacking anything', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, {
      ...desktop,
      archiveLimits: { maxTotalBytes: 8 * 1024 ** 2 }
    })
    const bomb = join(dir, 'bomb.zip')
    await writeZip(bomb, [
      { name: 'manifest.json', data: Buffer.from('{}') },
      { name: 'proofs/zeros.bin', data: Buffer.alloc(64 * 1024 ** 2) }
    ])
    expect((await readFile(bomb)).length).toBeLessThan(200_000)
    const before = await snapshot(join(dir, 'data'))
    const job = await restore(core, bomb)
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(job.error?.message).toContain('size limit')
    expect(await snapshot(join(dir, 'data'))).toEqual(before)
    expect(await readdir(join(dir, 'data'))).not.toContain('incoming')
  })

  it('refuses an archive whose files do not match its checksums, keeping nothing', async () => {
    const dir = await tempDir()
    const { core, archive } = await realArchive(dir)
    const target = await openCore(join(dir, 'other'), undefined, desktop)
    const bytes = await readFile(archive)
    const at = bytes.indexOf(Buffer.from('Agreement on termination'))
    bytes[at]! ^= 0x20
    const damaged = join(dir, 'damaged.zip')
    await writeFile(damaged, bytes)
    const job = await restore(target, damaged, 'replace')
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(job.error?.message).toContain('altered')
    expect(await must(target, 'listProofs', {})).toEqual([])
    expect(await readdir(join(dir, 'other'))).not.toContain('vault')
    void core
  })

  it('refuses a file that is not a ZIP at all', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, desktop)
    const junk = join(dir, 'junk.zip')
    await writeFile(junk, 'not a zip')
    const job = await runJob(core, must(core, 'startVerify', { source: { path: junk } }))
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
  })

  it('will not replace a folder that already has records, but merges by id', async () => {
    const dir = await tempDir()
    const { core, archive } = await realArchive(dir)
    const replaced = await restore(core, archive, 'replace')
    expect(replaced).toMatchObject({ state: 'failed', error: { code: 'conflict' } })
    const merged = await restore(core, archive, 'merge')
    expect(merged).toMatchObject({ state: 'done', result: { cases: 0, proofs: 0 } })
    expect(await must(core, 'listProofs', {})).toHaveLength(1)
  })

  it('refuses paths in web mode: there files only arrive by upload', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'))
    const result = await core.call('startVerify', { source: { path: '/etc/passwd' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'notAvailable' } })
  })
})
