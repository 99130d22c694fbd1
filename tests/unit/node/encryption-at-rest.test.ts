import { createHash } from 'node:crypto'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import type { PassphraseKeeper } from '../../../src/core/unlinker-core'
import { closeCore, must, openCore, runJob } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

const cheap = { mode: 'electron' as const, kdf: { N: 1024, r: 8, p: 1 } }
const PASS = 'correct horse battery'

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'unlinker.lock') continue
    const path = join(entry.parentPath, entry.name)
    out.set(
      path,
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex')
    )
  }
  return out
}

async function encryptedFolder(extra: object = {}) {
  const dir = await tempDir()
  const data = join(dir, 'data')
  const files = await writeProofFiles(dir)
  const core = await openCore(data, undefined, { ...cheap, ...extra })
  await must(core, 'loadExampleData', {})
  const [c] = await must(core, 'listCases', {})
  const proof = await must(core, 'attachProof', {
    ownerType: 'case',
    ownerId: c!.id,
    kind: 'screenshot',
    source: { path: files.photo }
  })
  const info = await must(core, 'enableEncryption', { passphrase: PASS })
  expect(info.encryption).toBe('on')
  return { dir, data, files, core, proof }
}

describe('encryption at rest', () => {
  it('seals the store, every snapshot, history segment and vault file, and the app goes on working', async () => {
    // A short history tail, so that segments exist both before and after sealing.
    const { data, files, core, proof } = await encryptedFolder({ historyTail: 4 })
    const events = await must(core, 'listHistory', { limit: 1000 })
    const [account] = await must(core, 'listAccounts', {})
    await must(core, 'updateAccount', { id: account!.id, patch: { notes: 'sealed' } })
    await must(core, 'updateAccount', { id: account!.id, patch: { notes: 'again' } })
    const store = await readFile(join(data, 'unlinker.json'))
    expect(store.subarray(0, 8).toString()).toBe('ULNKSEAL')
    expect(store.toString('latin1')).not.toContain('Sber')
    for (const name of await readdir(join(data, 'snapshots'))) {
      const bytes = await readFile(join(data, 'snapshots', name))
      expect(bytes.subarray(0, 8).toString()).toBe('ULNKSEAL')
    }
    const segments = await readdir(join(data, 'history'))
    expect(segments.length).toBeGreaterThan(1)
    for (const name of segments) {
      const bytes = await readFile(join(data, 'history', name))
      expect(bytes.subarray(0, 8).toString()).toBe('ULNKSEAL')
    }
    expect(await must(core, 'listHistory', { limit: 1000 })).toHaveLength(events.length + 2)
    const photo = await readFile(files.photo)
    for (const name of await readdir(join(data, 'vault'))) {
      const bytes = await readFile(join(data, 'vault', name))
      expect(bytes.subarray(0, 8).toString()).toBe('ULNKSEAL')
      expect(bytes.indexOf(photo.subarray(1000, 1064))).toBe(-1)
    }
    expect(await must(core, 'listAccounts', {})).toHaveLength(12)
    const served = await core.proofFile(proof.id)
    expect(await buffer(await served!.open())).toEqual(photo)
    const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
    expect(job).toMatchObject({ state: 'done', result: { verified: { intact: true } } })
  })

  it('opens locked; a wrong passphrase changes nothing, the right one brings everything back', async () => {
    const { data, core } = await encryptedFolder()
    await closeCore(core)
    const before = await filesUnder(data)
    const locked = await openCore(data, undefined, cheap)
    expect((await must(locked, 'getAppInfo', {})).encryption).toBe('locked')
    expect(await locked.call('listAccounts', {})).toMatchObject({
      ok: false,
      error: { code: 'locked' }
    })
    expect(await locked.call('unlock', { passphrase: 'wrong one' })).toMatchObject({
      ok: false,
      error: { code: 'wrongPassphrase' }
    })
    expect(await filesUnder(data)).toEqual(before)
    expect((await must(locked, 'unlock', { passphrase: PASS })).encryption).toBe('on')
    expect(await must(locked, 'listAccounts', {})).toHaveLength(12)
    expect(await must(locked, 'listProofs', {})).toHaveLength(3)
  })

  it('changes the passphrase by re-wrapping the key, without touching the data files', async () => {
    const { data, core } = await encryptedFolder()
    const vaultBefore = await filesUnder(join(data, 'vault'))
    expect(
      await core.call('changePassphrase', { current: 'nope', next: 'new passphrase' })
    ).toMatchObject({
      ok: false,
      error: { code: 'wrongPassphrase' }
    })
    await must(core, 'changePassphrase', { current: PASS, next: 'new passphrase' })
    expect(await filesUnder(join(data, 'vault'))).toEqual(vaultBefore)
    await closeCore(core)
    const again = await openCore(data, undefined, cheap)
    expect(await again.call('unlock', { passphrase: PASS })).toMatchObject({ ok: false })
    await must(again, 'unlock', { passphrase: 'new passphrase' })
    expect(await must(again, 'listPeople', {})).toHaveLength(2)
  })

  it('locks on demand, forgetting the data until the next unlock', async () => {
    const { core } = await encryptedFolder({ historyTail: 4 })
    await must(core, 'createAccount', { name: 'Written before the lock' })
    const events = await must(core, 'listHistory', { limit: 1000 })
    expect((await must(core, 'lock', {})).encryption).toBe('locked')
    expect(await core.call('listAccounts', {})).toMatchObject({
      ok: false,
      error: { code: 'locked' }
    })
    await must(core, 'unlock', { passphrase: PASS })
    const names = (await must(core, 'listAccounts', {})).map((a) => a.name)
    expect(names).toContain('Written before the lock')
    expect(await must(core, 'listHistory', { limit: 1000 })).toEqual(events)
  })

  it('refuses a tampered vault file instead of showing it, and exports the rest without it', async () => {
    const { data, core, proof } = await encryptedFolder()
    const path = join(data, 'vault', proof.sha256)
    const bytes = await readFile(path)
    bytes[bytes.length - 10]! ^= 0x01
    await writeFile(path, bytes)
    await expect(core.proofFile(proof.id)).rejects.toThrow(/integrity|auth/i)
    // The archive holds everything else, and names the tampered proof as damaged.
    const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
    expect(job).toMatchObject({
      state: 'done',
      result: {
        leftOut: [{ proofId: proof.id, problem: 'damaged' }],
        verified: { intact: true }
      }
    })
    expect(
      (await readdir(join(data, 'exports')).catch(() => [])).filter((n) => n.endsWith('.zip'))
    ).toHaveLength(1)
  })

  it('a tampered store opens recovery with the reason, and a sealed snapshot restores it', async () => {
    const { data, core } = await encryptedFolder()
    await closeCore(core)
    const store = join(data, 'unlinker.json')
    const bytes = await readFile(store)
    bytes[bytes.length - 3]! ^= 0x01
    await writeFile(store, bytes)
    const again = await openCore(data, undefined, cheap)
    const info = await must(again, 'unlock', { passphrase: PASS })
    expect(info.recovery?.reason).toMatch(/integrity/)
    const restored = await must(again, 'recoverFromSnapshot', {
      name: info.recovery!.snapshots[0]!.name
    })
    expect(restored.recovery).toBeNull()
    expect(await must(again, 'listAccounts', {})).toHaveLength(12)
  })

  it('a tampered history segment costs only its own events, and says so', async () => {
    const { data, core } = await encryptedFolder({ historyTail: 4 })
    const all = await must(core, 'listHistory', { limit: 1000 })
    await closeCore(core)
    const [segment] = await readdir(join(data, 'history'))
    const path = join(data, 'history', segment!)
    const bytes = await readFile(path)
    bytes[bytes.length - 3]! ^= 0x01
    await writeFile(path, bytes)

    const again = await openCore(data, undefined, { ...cheap, historyTail: 4 })
    await must(again, 'unlock', { passphrase: PASS })
    const left = await must(again, 'listHistory', { limit: 1000 })
    expect(left.length).toBeGreaterThan(0)
    expect(left.length).toBeLessThan(all.length)
    expect((await must(again, 'getAppInfo', {})).notices).toEqual([
      {
        kind: 'historyUnreadable',
        path,
        reason: 'its encryption does not check: it was changed or damaged'
      }
    ])
    expect(await must(again, 'listAccounts', {})).toHaveLength(12)
  })

  it('remembers the passphrase only in a real keyring, and only when asked', async () => {
    const saved: string[] = []
    const keeper = (available: boolean): PassphraseKeeper => ({
      available: () => available,
      save: async (p) => void saved.push(p),
      load: async () => saved.at(-1) ?? null,
      clear: async () => void saved.splice(0)
    })
    const { data, core } = await encryptedFolder({ host: { keeper: keeper(false) } })
    await closeCore(core)
    const plain = await openCore(data, undefined, { ...cheap, host: { keeper: keeper(false) } })
    await must(plain, 'unlock', { passphrase: PASS, remember: true })
    expect(saved).toEqual([])
    await closeCore(plain)
    const keyring = await openCore(data, undefined, { ...cheap, host: { keeper: keeper(true) } })
    expect((await must(keyring, 'getAppInfo', {})).encryption).toBe('locked')
    await must(keyring, 'unlock', { passphrase: PASS, remember: true })
    expect(saved).toEqual([PASS])
    await closeCore(keyring)
    const auto = await openCore(data, undefined, { ...cheap, host: { keeper: keeper(true) } })
    expect((await must(auto, 'getAppInfo', {})).encryption).toBe('on')
  })
})
