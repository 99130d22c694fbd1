import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it, vi } from 'vitest'
import { OPENED_COPY_KEEP_MS } from '../../../src/core/proofs/proof-handlers'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { closeCore, must, openCore } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

const PASS = 'correct horse battery'
const cheap = { kdf: { N: 1024, r: 8, p: 1 } }

/** Every file under the data folder, as paths relative to it (the lock aside). */
async function filesIn(data: string): Promise<string[]> {
  const entries = await readdir(data, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && e.name !== 'unlinker.lock')
    .map((e) => join(e.parentPath, e.name).slice(data.length + 1))
    .sort()
}

/** An encrypted folder with a photo attached; `opened` records what the viewer was given. */
async function encryptedFolder(opened: string[] = []) {
  const dir = await tempDir()
  const data = join(dir, 'data')
  const files = await writeProofFiles(dir)
  const host = {
    openPath: async (path: string) => void opened.push(path),
    showInFolder: async (path: string) => void opened.push(path)
  }
  const core = await openCore(data, undefined, { ...cheap, mode: 'electron', host })
  const c = await must(core, 'createCase', { number: '+79123456789' })
  const proof = await must(core, 'attachProof', {
    ownerType: 'case',
    ownerId: c.id,
    kind: 'screenshot',
    source: { path: files.photo }
  })
  await must(core, 'enableEncryption', { passphrase: PASS })
  return { dir, data, files, core, proof, host }
}

async function upload(core: UnlinkerCore, bytes: Buffer): Promise<string> {
  const staged = await core.stageUpload(Readable.from([bytes]))
  if (!staged.ok) throw new Error(staged.error.message)
  return staged.data.upload
}

describe('while encryption is on, no plain copy outlives its use', () => {
  it('streams a preview decrypted, writing nothing to the data folder', async () => {
    const { data, files, core, proof } = await encryptedFolder()
    const before = await filesIn(data)
    const served = await core.proofFile(proof.id)
    expect(served).toMatchObject({ size: proof.size, mediaType: 'image/jpeg' })
    expect(await buffer(await served!.open())).toEqual(await readFile(files.photo))
    // Twice, as a browser asks again for a range or a reload.
    expect((await buffer(await served!.open())).length).toBe(proof.size)
    expect(await filesIn(data)).toEqual(before)
  })

  it('deletes the copy opened in the system viewer, and uploads never attached, when it closes', async () => {
    const opened: string[] = []
    const { data, files, core, proof } = await encryptedFolder(opened)
    await must(core, 'openProof', { id: proof.id })
    expect(await readFile(opened[0]!)).toEqual(await readFile(files.photo))
    await upload(core, await readFile(files.pdf))
    expect((await filesIn(data)).filter((f) => /^(opened|incoming)\//.test(f))).toHaveLength(2)
    await closeCore(core)
    expect((await filesIn(data)).filter((f) => /^(opened|incoming)\//.test(f))).toEqual([])
    expect(await readdir(data)).not.toContain('unlinker.lock')
  })

  it('deletes the copy given to the system viewer once it has had time to load it', async () => {
    const opened: string[] = []
    const { data, core, proof } = await encryptedFolder(opened)
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      await must(core, 'openProof', { id: proof.id })
      vi.advanceTimersByTime(OPENED_COPY_KEEP_MS - 1000)
      expect(await filesIn(data)).toContain(opened[0]!.slice(data.length + 1))
      vi.advanceTimersByTime(1000)
    } finally {
      vi.useRealTimers()
    }
    await vi.waitFor(async () =>
      expect((await filesIn(data)).filter((f) => f.startsWith('opened/'))).toEqual([])
    )
    // The app goes on: the proof opens again.
    await must(core, 'openProof', { id: proof.id })
    expect(opened).toHaveLength(2)
  })

  it('deletes them when it locks, too', async () => {
    const opened: string[] = []
    const { data, files, core, proof } = await encryptedFolder(opened)
    await must(core, 'openProof', { id: proof.id })
    await upload(core, await readFile(files.pdf))
    await must(core, 'lock', {})
    expect((await filesIn(data)).filter((f) => /^(opened|incoming)\//.test(f))).toEqual([])
  })

  it('deletes what a crash left in opened/ and incoming/ when it starts', async () => {
    const { data, core } = await encryptedFolder()
    await closeCore(core)
    await mkdir(join(data, 'opened', 'some-proof'), { recursive: true })
    await writeFile(join(data, 'opened', 'some-proof', 'agreement.pdf'), 'plain text')
    await mkdir(join(data, 'incoming'), { recursive: true })
    await writeFile(join(data, 'incoming', 'abc.part'), 'plain text')
    await openCore(data, undefined, cheap)
    expect((await filesIn(data)).filter((f) => /^(opened|incoming)\//.test(f))).toEqual([])
  })

  it('refuses a tampered proof before streaming a byte of it', async () => {
    const { data, core, proof } = await encryptedFolder()
    const path = join(data, 'vault', proof.sha256)
    const bytes = await readFile(path)
    bytes[bytes.length - 10]! ^= 0x01
    await writeFile(path, bytes)
    const before = await filesIn(data)
    await expect(core.proofFile(proof.id)).rejects.toThrow(/integrity|auth/i)
    expect(await filesIn(data)).toEqual(before)
  })
})
