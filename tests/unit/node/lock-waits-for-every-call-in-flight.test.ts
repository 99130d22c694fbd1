import { randomBytes } from 'node:crypto'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lockedStore } from '../../../src/core/store/open-store'
import { Vault } from '../../../src/core/vault/vault'
import { Readable } from 'node:stream'
import { closeCore, must, openCore } from '../../support/open-core'
import { plainDataFiles } from '../../support/sealed-files'
import { tempDir } from '../../support/temp-dir'

const cheap = { mode: 'electron' as const, kdf: { N: 1024, r: 8, p: 1 } }
const PASS = 'correct horse battery'

async function encryptedFolder() {
  const dir = await tempDir()
  const data = join(dir, 'data')
  const core = await openCore(data, undefined, cheap)
  await must(core, 'enableEncryption', { passphrase: PASS })
  return { dir, data, core }
}

describe('locking', () => {
  it('waits for an attachment already under way: it is kept sealed, never renamed in plain', async () => {
    const { dir, data, core } = await encryptedFolder()
    const c = await must(core, 'createCase', { number: '+79123456789' })
    const file = join(dir, 'video.mp4')
    await writeFile(file, randomBytes(8 * 1024 * 1024))
    // The lock is asked for while the attachment is being copied in.
    const attached = core.call('attachProof', {
      ownerType: 'case',
      ownerId: c.id,
      kind: 'other',
      source: { path: file }
    })
    const locked = core.call('lock', {})
    expect(await attached).toMatchObject({ ok: true })
    expect(await locked).toMatchObject({ ok: true, data: { encryption: 'locked' } })
    expect(await readdir(join(data, 'vault'))).toHaveLength(1)
    expect(await plainDataFiles(data)).toEqual([])

    await must(core, 'unlock', { passphrase: PASS })
    const [proof] = await must(core, 'listProofs', {})
    expect(proof?.originalName).toBe('video.mp4')
  })

  it('waits for example data being loaded: nothing plain is written over the sealed store', async () => {
    const { data, core } = await encryptedFolder()
    const example = core.call('loadExampleData', {})
    const locked = core.call('lock', {})
    expect(await example).toMatchObject({ ok: true })
    expect(await locked).toMatchObject({ ok: true })
    expect(await plainDataFiles(data)).toEqual([])
    await closeCore(core)

    const again = await openCore(data, undefined, cheap)
    await must(again, 'unlock', { passphrase: PASS })
    expect(await must(again, 'listAccounts', {})).toHaveLength(12)
    expect(await must(again, 'listProofs', {})).toHaveLength(2)
  })

  it('makes the calls that arrive meanwhile wait, and then refuses them as locked', async () => {
    const { data, core } = await encryptedFolder()
    const locked = core.call('lock', {})
    const late = core.call('loadExampleData', {})
    expect(await locked).toMatchObject({ ok: true })
    expect(await late).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(await plainDataFiles(data)).toEqual([])
    expect(await readdir(join(data, 'vault')).catch(() => [])).toEqual([])
  })
})

describe('a locked store and vault', () => {
  it('refuse every write instead of making it in plain text', async () => {
    const data = await tempDir()
    const store = lockedStore(data)
    await expect(store.db.write()).rejects.toMatchObject({ code: 'locked' })
    await expect(store.snapshots.take('{}', 'daily', new Date())).rejects.toMatchObject({
      code: 'locked'
    })
    store.history.write([], new Date())
    await expect(store.history.written()).rejects.toMatchObject({ code: 'locked' })
    const vault = new Vault(data)
    vault.encrypted = true
    const staged = await vault.stageStream(Readable.from([Buffer.from('%PDF-1.4 receipt')]))
    await expect(vault.keep(staged)).rejects.toMatchObject({ code: 'locked' })
    await vault.clearIncoming()
    expect((await readdir(data, { recursive: true })).filter((n) => n.includes('.'))).toEqual([])
  })
})
