import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { must, openCore, runJob } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

const desktop = { mode: 'electron' as const }

/** A real export of a case with two proofs. */
async function realArchive(dir: string): Promise<string> {
  const core = await openCore(join(dir, 'source'), undefined, desktop)
  const files = await writeProofFiles(dir)
  const c = await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
  for (const [kind, path] of [
    ['agreement', files.pdf],
    ['receipt', files.png]
  ] as const)
    await must(core, 'attachProof', { ownerType: 'case', ownerId: c.id, kind, source: { path } })
  const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
  if (job.kind !== 'export' || !job.result) throw new Error('export failed')
  return job.result.path
}

/** Every file under one of the data folder's folders (none when it does not exist). */
function filesIn(dataDir: string, folder: string): Promise<string[]> {
  return readdir(join(dataDir, folder), { recursive: true }).catch(() => [])
}

describe('a restore keeps every file and record of the archive, or none', () => {
  it('leaves no unpacked copy behind when the archive does not verify', async () => {
    const dir = await tempDir()
    const archive = await readFile(await realArchive(dir))
    const at = archive.indexOf(Buffer.from('Agreement on termination'))
    archive[at]! ^= 0x20
    const damaged = join(dir, 'damaged.zip')
    await writeFile(damaged, archive)
    const data = join(dir, 'target')
    const target = await openCore(data, undefined, desktop)
    const job = await runJob(
      target,
      must(target, 'startRestore', { source: { path: damaged }, mode: 'replace' })
    )
    expect(job).toMatchObject({ state: 'failed', error: { code: 'badArchive' } })
    // The files that did check were unpacked to be kept: none may stay, plain or not.
    expect(await filesIn(data, 'incoming')).toEqual([])
    expect(await filesIn(data, 'vault')).toEqual([])
  })

  it('keeps no proof file when the records cannot be merged', async () => {
    const dir = await tempDir()
    const archive = await realArchive(dir)
    const data = join(dir, 'target')
    const target = await openCore(data, undefined, desktop)
    await must(target, 'createCase', { number: '+8613800138000' })
    // Replacing is only for an empty folder: refused, and the archive's files with it.
    const job = await runJob(
      target,
      must(target, 'startRestore', { source: { path: archive }, mode: 'replace' })
    )
    expect(job).toMatchObject({ state: 'failed', error: { code: 'conflict' } })
    expect(await filesIn(data, 'vault')).toEqual([])
    expect(await filesIn(data, 'incoming')).toEqual([])
  })

  it('keeps nothing when cancelled after the archive was read, before anything is kept', async () => {
    const dir = await tempDir()
    const archive = await realArchive(dir)
    const data = join(dir, 'target')
    const target = await openCore(data, undefined, desktop)
    const cancel = new AbortController()
    // The user cancels as the last byte is read: the check is done, nothing is kept yet.
    const restoring = target.archives.restore(archive, 'replace', cancel.signal, (done, total) => {
      if (done === total) cancel.abort()
    })
    await expect(restoring).rejects.toMatchObject({ code: 'cancelled' })
    expect(await must(target, 'listCases', {})).toEqual([])
    expect(await must(target, 'listProofs', {})).toEqual([])
    expect(await filesIn(data, 'vault')).toEqual([])
  })
})
