import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Vault } from '../../../src/core/vault/vault'
import { must, openCore } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

const desktop = { mode: 'electron' as const }

describe('the proof vault', () => {
  it('refuses a missing path, a folder and a file above the limit, keeping nothing', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data, undefined, { ...desktop, maxProofBytes: 1000 })
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const big = join(dir, 'big.bin')
    await writeFile(big, Buffer.alloc(1001))
    await mkdir(join(dir, 'folder'))
    const attach = (path: string) =>
      core.call('attachProof', {
        ownerType: 'case',
        ownerId: c.id,
        kind: 'other',
        source: { path }
      })

    expect(await attach(join(dir, 'nope.pdf'))).toMatchObject({
      ok: false,
      error: { code: 'unreadable', message: expect.stringContaining('No file at') }
    })
    expect(await attach(join(dir, 'folder'))).toMatchObject({
      ok: false,
      error: { code: 'unreadable', message: expect.stringContaining('is a folder') }
    })
    expect(await attach(big)).toMatchObject({
      ok: false,
      error: { code: 'tooLarge', message: expect.stringContaining('1000 bytes') }
    })
    expect(await must(core, 'listProofs', {})).toEqual([])
    expect(await readdir(join(data, 'vault')).catch(() => [])).toEqual([])
    expect(await readdir(join(data, 'incoming')).catch(() => [])).toEqual([])
  })

  it('a stream that grows past the limit mid-copy leaves no partial file', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data, undefined, { maxProofBytes: 64 * 1024 })
    const { Readable } = await import('node:stream')
    const endless = Readable.from(
      (function* () {
        for (let i = 0; i < 100; i++) yield Buffer.alloc(16 * 1024, i)
      })()
    )
    expect(await core.stageUpload(endless)).toMatchObject({
      ok: false,
      error: { code: 'tooLarge' }
    })
    expect(await readdir(join(data, 'incoming'))).toEqual([])
  })

  it('asks for a second yes before removing a proof that is still to be kept', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), () => new Date('2026-11-25T10:00:00Z'), desktop)
    const files = await writeProofFiles(dir)
    const c = await must(core, 'createCase', {
      number: '+79123456789',
      cancellationDate: '2026-11-01'
    })
    const proof = await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'agreement',
      source: { path: files.pdf }
    })
    expect(proof).toMatchObject({
      originalName: 'Договор расторжения.pdf',
      mediaType: 'application/pdf',
      kind: 'agreement'
    })
    expect(await core.call('deleteProof', { id: proof.id })).toMatchObject({
      ok: false,
      error: { code: 'retention', message: expect.stringContaining('2027-11-01') }
    })
    expect(await must(core, 'listProofs', {})).toHaveLength(1)
    await must(core, 'deleteProof', { id: proof.id, acknowledgeRetention: true })
    expect(await must(core, 'listProofs', {})).toEqual([])
    expect(await readdir(join(dir, 'data', 'vault'))).toEqual([])
  })

  it('fills an empty folder with example data, and only an empty one', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'))
    expect(await must(core, 'loadExampleData', {})).toEqual({ accounts: 12, notNeeded: 1 })
    const accounts = await must(core, 'listAccounts', {})
    expect(new Set(accounts.map((a) => a.status))).toEqual(
      new Set(['todo', 'inProgress', 'unlinked', 'verified', 'notNeeded'])
    )
    expect(await must(core, 'listPeople', {})).toHaveLength(2)
    const proofs = await must(core, 'listProofs', {})
    expect(proofs.map((p) => p.mediaType).sort()).toEqual(['application/pdf', 'image/png'])
    expect(await must(core, 'listCases', {})).toHaveLength(1)
    expect(await core.call('loadExampleData', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
  })

  it('names a file only by its SHA-256, never by a path that could climb out', async () => {
    const data = join(await tempDir(), 'data')
    await mkdir(data)
    await writeFile(join(data, 'unlinker.json'), '{"planted":true}')
    const vault = new Vault(data)
    // The records name files by hash; a name that climbs out would reach the store itself.
    for (const name of ['../unlinker.json', '..', 'a'.repeat(64) + '/../../unlinker.json']) {
      expect(() => vault.fileOf(name), name).toThrow(/Bad file hash/)
      await expect(vault.remove(name), name).rejects.toThrow(/Bad file hash/)
    }
    expect(await readdir(data)).toEqual(['unlinker.json'])
  })
})
