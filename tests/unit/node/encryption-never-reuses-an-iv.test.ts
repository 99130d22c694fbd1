import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newKeyFile, rewrapKey } from '../../../src/core/crypto/key-file'
import { SEAL_MAGIC, isSealed } from '../../../src/core/crypto/sealer'
import { must, openCore } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

// AES-GCM under one key loses both secrecy and integrity when an IV repeats: every sealed
// file in a folder (the store, its snapshots, history segments, proofs) shares the data
// key, so no two of them, nor two versions of one, may share an IV.

const cheap = { N: 1024, r: 8, p: 1 }

/** The IV of every sealed file under the folder, by path. */
async function sealedIvs(dir: string): Promise<Array<[string, string]>> {
  const ivs: Array<[string, string]> = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const bytes = await readFile(path)
    if (!isSealed(bytes)) continue
    ivs.push([path, bytes.subarray(SEAL_MAGIC.length, SEAL_MAGIC.length + 12).toString('hex')])
  }
  return ivs
}

describe('encryption never uses an IV twice under one key', () => {
  it('gives every sealed file of a folder, and every new version of one, its own IV', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const files = await writeProofFiles(dir)
    const core = await openCore(data, undefined, { mode: 'electron', kdf: cheap, historyTail: 2 })
    const c = await must(core, 'createCase', { number: '+79123456789' })
    for (const path of [files.pdf, files.png, files.photo])
      await must(core, 'attachProof', {
        ownerType: 'case',
        ownerId: c.id,
        kind: 'other',
        source: { path }
      })
    await must(core, 'enableEncryption', { passphrase: 'correct horse battery' })
    const before = new Map(await sealedIvs(data))
    // The same text written twice: a fixed IV would give the same bytes both times.
    await must(core, 'updateCase', { id: c.id, patch: { notes: 'same' } })
    const first = await readFile(join(data, 'unlinker.json'))
    await must(core, 'updateCase', { id: c.id, patch: { notes: 'other' } })
    await must(core, 'updateCase', { id: c.id, patch: { notes: 'same' } })
    const again = await readFile(join(data, 'unlinker.json'))
    expect(again.equals(first)).toBe(false)
    const after = new Map(await sealedIvs(data))
    expect(after.get(join(data, 'unlinker.json'))).not.toBe(before.get(join(data, 'unlinker.json')))
    // Three proofs, the store, snapshots and history segments: all sealed, all apart.
    const ivs = [...after.values()]
    expect(ivs.length).toBeGreaterThanOrEqual(5)
    expect(new Set(ivs).size).toBe(ivs.length)
  })

  it('wraps the data key with a fresh salt and IV each time, even for one passphrase', async () => {
    const one = await newKeyFile('correct horse battery', cheap)
    const two = await newKeyFile('correct horse battery', cheap)
    expect(one.key.equals(two.key)).toBe(false)
    expect(one.file.kdf.salt).not.toBe(two.file.kdf.salt)
    expect(one.file.wrapped.iv).not.toBe(two.file.wrapped.iv)
    // A new passphrase re-wraps the same key under a new salt and IV.
    const rewrapped = await rewrapKey(one.file, 'correct horse battery', 'another passphrase')
    expect(rewrapped.kdf.salt).not.toBe(one.file.kdf.salt)
    expect(rewrapped.wrapped.iv).not.toBe(one.file.wrapped.iv)
    expect(rewrapped.wrapped.key).not.toBe(one.file.wrapped.key)
  })
})
