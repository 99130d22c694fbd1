import { randomBytes } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanArchive } from '../../../src/core/archive/scan-archive'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import {
  dataRange,
  readEntries,
  withDeclaredSize,
  writeBytes,
  writeZip
} from '../../support/crafted-archives'
import { must, openCore, runJob } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

const desktop = { mode: 'electron' as const }

/** A real export with two proofs (a PDF and a 300 KB photo), to damage. */
async function realArchive(dir: string): Promise<{ core: UnlinkerCore; archive: string }> {
  const core = await openCore(join(dir, 'data'), undefined, desktop)
  const files = await writeProofFiles(dir)
  const c = await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
  for (const [kind, path] of [
    ['agreement', files.pdf],
    ['screenshot', files.photo]
  ] as const)
    await must(core, 'attachProof', { ownerType: 'case', ownerId: c.id, kind, source: { path } })
  const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
  if (job.kind !== 'export' || !job.result) throw new Error('export failed')
  return { core, archive: job.result.path }
}

/**
 * The same export with every entry deflated, as another zip tool would write it: it
 * verifies and restores as it is. Proofs are stored in our own exports, and a stored
 * entry cannot lie about its size without the listing noticing.
 */
async function deflatedArchive(dir: string): Promise<{ bytes: Buffer; photo: string }> {
  const { core, archive } = await realArchive(dir)
  const entries = await readEntries(archive)
  const path = join(dir, 'deflated.zip')
  await writeZip(path, entries)
  expect(await verify(core, path)).toMatchObject({ state: 'done', result: { intact: true } })
  const photo = entries.find((e) => e.name.endsWith('.jpg'))!.name
  return { bytes: await readFile(path), photo }
}

function flipAt(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes)
  copy[at]! ^= 0x10
  return copy
}

/** What the scan says of an archive, or "no answer" when it has none after 5 seconds. */
async function answerOf(path: string): Promise<string> {
  let timer: NodeJS.Timeout | undefined
  const silence = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('no answer'), 5000)
  })
  const answer = scanArchive(path).then(
    (scan) => (scan.report.intact ? 'intact' : 'notIntact'),
    (error: { code?: string }) => error.code ?? 'thrown'
  )
  try {
    return await Promise.race([answer, silence])
  } finally {
    clearTimeout(timer)
  }
}

async function verify(core: UnlinkerCore, path: string) {
  return runJob(core, must(core, 'startVerify', { source: { path } }))
}

async function restoreInto(dir: string, path: string) {
  const data = join(dir, 'target')
  const core = await openCore(data, undefined, desktop)
  const before = await readFile(join(data, 'unlinker.json'), 'utf8')
  const job = await runJob(core, must(core, 'startRestore', { source: { path }, mode: 'merge' }))
  return { core, data, job, before }
}

const staged = async (data: string): Promise<string[]> =>
  readdir(join(data, 'incoming')).catch(() => [])

describe('a damaged archive gets an answer, never a crash', () => {
  it('verifies a real export with a byte flipped in its compressed manifest: an answer, not a crash', async () => {
    const dir = await tempDir()
    const { core, archive } = await realArchive(dir)
    const bytes = await readFile(archive)
    const { start, end } = dataRange(bytes, 'manifest.json')
    // From the middle on, the first flip that breaks the deflate stream itself (most do).
    const flipped = join(dir, 'flipped.zip')
    let at = Math.floor((start + end) / 2)
    for (; at < end; at++) {
      await writeBytes(flipped, flipAt(bytes, at))
      if ((await answerOf(flipped)) === 'badArchive') break
    }
    expect(at).toBeLessThan(end)
    const job = await verify(core, flipped)
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(job.error?.message).toMatch(/damaged/)
    // The core is still there to answer.
    expect(await must(core, 'listProofs', {})).toHaveLength(2)
  })

  it('answers for a bit flipped at each of 100 places spread across a real export', async () => {
    const dir = await tempDir()
    const { archive } = await realArchive(dir)
    const bytes = await readFile(archive)
    const path = join(dir, 'sweep.zip')
    const answers = new Set<string>()
    for (let at = 0; at < bytes.length; at += Math.ceil(bytes.length / 100)) {
      await writeBytes(path, flipAt(bytes, at))
      answers.add(await answerOf(path))
    }
    // A flip in a field nobody reads (a timestamp, a CRC) may leave it intact.
    expect([...answers].sort()).toEqual(expect.arrayContaining(['badArchive', 'notIntact']))
    expect([...answers].filter((a) => !['intact', 'notIntact', 'badArchive'].includes(a))).toEqual(
      []
    )
  })

  it('restores nothing, and leaves nothing in incoming/, from an entry that lies about its size', async () => {
    const dir = await tempDir()
    const { bytes, photo } = await deflatedArchive(dir)
    // The photo unpacks to 300 KB; the directory says 100 KB.
    const lying = await writeBytes(join(dir, 'lying.zip'), withDeclaredSize(bytes, photo, 100_000))
    const { core, data, job, before } = await restoreInto(dir, lying)
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(job.error?.message).toMatch(/damaged.*too many bytes/)
    expect(await staged(data)).toEqual([])
    expect(await readdir(join(data, 'vault')).catch(() => [])).toEqual([])
    expect(await readFile(join(data, 'unlinker.json'), 'utf8')).toBe(before)
    expect(await must(core, 'listProofs', {})).toEqual([])
  })

  it('deletes the staged copy when a proof unpacks to fewer bytes than it claims', async () => {
    const dir = await tempDir()
    const { bytes, photo } = await deflatedArchive(dir)
    const lying = await writeBytes(join(dir, 'short.zip'), withDeclaredSize(bytes, photo, 400_000))
    const { data, job } = await restoreInto(dir, lying)
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(job.error?.message).toMatch(/not enough bytes/)
    expect(await staged(data)).toEqual([])
  })
})

describe('an archive that repeats a name is refused', () => {
  it('refuses two manifest.json entries, whichever one is read', async () => {
    const dir = await tempDir()
    const { core, archive } = await realArchive(dir)
    const entries = await readEntries(archive)
    const manifest = entries.find((e) => e.name === 'manifest.json')!
    const other = JSON.parse(manifest.data.toString('utf8')) as { cases: unknown[] }
    other.cases = []
    const twice = join(dir, 'two-manifests.zip')
    await writeZip(twice, [
      ...entries,
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(other)) }
    ])
    const checked = await verify(core, twice)
    expect(checked).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(checked.error?.message).toContain('manifest.json twice')
    const { data, job, before } = await restoreInto(dir, twice)
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(await readFile(join(data, 'unlinker.json'), 'utf8')).toBe(before)
  })

  it('refuses two copies of one proof path with different bytes', async () => {
    const dir = await tempDir()
    const { core, archive } = await realArchive(dir)
    const entries = await readEntries(archive)
    const pdf = entries.find((e) => e.name.endsWith('.pdf'))!
    const twice = join(dir, 'two-pdfs.zip')
    await writeZip(twice, [...entries, { name: pdf.name, data: randomBytes(pdf.data.length) }])
    const checked = await verify(core, twice)
    expect(checked).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(checked.error?.message).toContain('twice')
    const { data, job } = await restoreInto(dir, twice)
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    expect(await staged(data)).toEqual([])
  })

  it('refuses names that differ only in case or Unicode form (one file on Windows and macOS)', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, desktop)
    const path = join(dir, 'case.zip')
    for (const [a, b] of [
      ['proofs/x/Receipt.pdf', 'proofs/x/receipt.pdf'],
      ['proofs/x/Договор.pdf', 'proofs/x/ДОГОВОР.pdf'],
      ['proofs/x/caf\u00e9.pdf', 'proofs/x/cafe\u0301.pdf']
    ]) {
      await writeZip(path, [
        { name: a!, data: Buffer.from('one') },
        { name: b!, data: Buffer.from('two') }
      ])
      const job = await verify(core, path)
      expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    }
  })
})
