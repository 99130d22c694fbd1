import { createCipheriv, randomBytes, scryptSync } from 'node:crypto'
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KEY_FILE } from '../../../src/core/crypto/key-file'
import { Sealer } from '../../../src/core/crypto/sealer'
import { DurableTextFile } from '../../../src/core/store/durable-text-file'
import { fillDisk } from '../../support/full-disk'
import { closeCore, must, openCore } from '../../support/open-core'
import { writeProofFiles } from '../../support/proof-files'
import { isSealedOnDisk, plainDataFiles } from '../../support/sealed-files'
import { tempDir } from '../../support/temp-dir'

const cheap = { mode: 'electron' as const, kdf: { N: 1024, r: 8, p: 1 }, historyTail: 4 }
const PASS = 'correct horse battery'

/** A plain folder with the example, a photo, history segments and a snapshot. */
async function plainFolder() {
  const dir = await tempDir()
  const data = join(dir, 'data')
  const files = await writeProofFiles(dir)
  const core = await openCore(data, undefined, cheap)
  await must(core, 'loadExampleData', {})
  const [c] = await must(core, 'listCases', {})
  for (const path of [files.photo, files.pdf])
    await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: c!.id,
      kind: 'other',
      source: { path }
    })
  for (let i = 0; i < 6; i++) await must(core, 'createAccount', { name: `Site ${i}` })
  expect((await readdir(join(data, 'history'))).length).toBeGreaterThan(0)
  expect((await readdir(join(data, 'snapshots'))).length).toBeGreaterThan(0)
  return { dir, data, core }
}

async function keyFileOf(data: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(data, KEY_FILE), 'utf8')) as Record<string, unknown>
}

/** Every proof reads back whole through the app. */
async function proofsRead(core: Awaited<ReturnType<typeof openCore>>): Promise<number> {
  const proofs = await must(core, 'listProofs', {})
  for (const proof of proofs) {
    const file = await core.proofFile(proof.id)
    let size = 0
    for await (const chunk of await file!.open()) size += (chunk as Buffer).length
    expect(size, proof.originalName).toBe(proof.size)
  }
  return proofs.length
}

describe('turning encryption on', () => {
  it('cut short by a full disk stays on, says it is unfinished, and finishing seals the rest', async () => {
    const { data, core } = await plainFolder()
    // The key and the store are written; sealing the snapshots meets a full disk.
    const restore = fillDisk(join(data, 'snapshots'))
    const cut = await core.call('enableEncryption', { passphrase: PASS })
    expect(cut).toMatchObject({ ok: false, error: { code: 'storeUnavailable' } })
    const info = await must(core, 'getAppInfo', {})
    expect(info).toMatchObject({ encryption: 'on', encryptionUnfinished: true })
    expect((await plainDataFiles(data)).length).toBeGreaterThan(0)
    expect(await keyFileOf(data)).toMatchObject({ format: 2, sealing: true })

    // Still full: finishing says so again and changes nothing it cannot finish.
    expect(await core.call('finishEncryption', {})).toMatchObject({ ok: false })
    restore()
    const done = await must(core, 'finishEncryption', {})
    expect(done).toMatchObject({ encryption: 'on', encryptionUnfinished: false })
    expect(await plainDataFiles(data)).toEqual([])
    expect(await keyFileOf(data)).toMatchObject({ format: 2, sealing: false })
    expect(await proofsRead(core)).toBe(4)
  })

  it('cut short is finished by the next unlock, or said once more when it cannot be', async () => {
    const { data, core } = await plainFolder()
    const restore = fillDisk(join(data, 'snapshots'))
    expect(await core.call('enableEncryption', { passphrase: PASS })).toMatchObject({ ok: false })
    await must(core, 'lock', {})
    await closeCore(core)

    const stillFull = await openCore(data, undefined, cheap)
    const opened = await must(stillFull, 'unlock', { passphrase: PASS })
    expect(opened).toMatchObject({ encryption: 'on', encryptionUnfinished: true })
    expect(opened.notices).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'sealingUnfinished', path: data })])
    )
    expect(await must(stillFull, 'listAccounts', {})).toHaveLength(18)
    await closeCore(stillFull)
    restore()

    const again = await openCore(data, undefined, cheap)
    const info = await must(again, 'unlock', { passphrase: PASS })
    expect(info).toMatchObject({ encryption: 'on', encryptionUnfinished: false, notices: [] })
    expect(await plainDataFiles(data)).toEqual([])
    expect(await proofsRead(again)).toBe(4)
    expect(await must(again, 'listAccounts', {})).toHaveLength(18)
  })

  it('a folder sealed before its sealing was recorded is finished at its next unlock', async () => {
    // What an older Unlinker left when it stopped part-way: a key file of format 1, the
    // store sealed, the snapshots, segments and proofs still plain.
    const { data, core } = await plainFolder()
    await closeCore(core)
    const key = randomBytes(32)
    const salt = randomBytes(16)
    const kek = scryptSync(PASS, salt, 32, { N: 1024, r: 8, p: 1 })
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', kek, iv)
    const wrapped = Buffer.concat([cipher.update(key), cipher.final()])
    await writeFile(
      join(data, KEY_FILE),
      JSON.stringify({
        format: 1,
        kdf: { name: 'scrypt', N: 1024, r: 8, p: 1, salt: salt.toString('base64') },
        wrapped: {
          iv: iv.toString('base64'),
          tag: cipher.getAuthTag().toString('base64'),
          key: wrapped.toString('base64')
        }
      })
    )
    const store = join(data, 'unlinker.json')
    const text = await readFile(store, 'utf8')
    await new DurableTextFile(store, new Sealer(key)).write(text)
    expect((await plainDataFiles(data)).length).toBeGreaterThan(3)

    const again = await openCore(data, undefined, cheap)
    expect(await must(again, 'unlock', { passphrase: PASS })).toMatchObject({
      encryptionUnfinished: false
    })
    expect(await plainDataFiles(data)).toEqual([])
    expect(await keyFileOf(data)).toMatchObject({ format: 2, sealing: false })
    expect(await proofsRead(again)).toBe(4)
  })

  it('records its state under the key: a key file edited to say "unfinished" does not open', async () => {
    const { data, core } = await plainFolder()
    await must(core, 'enableEncryption', { passphrase: PASS })
    await closeCore(core)
    const sealed = await keyFileOf(data)
    for (const edited of [
      { ...sealed, sealing: true },
      { format: 1, kdf: sealed.kdf, wrapped: sealed.wrapped }
    ]) {
      await writeFile(join(data, KEY_FILE), JSON.stringify(edited))
      const again = await openCore(data, undefined, cheap)
      expect(await again.call('unlock', { passphrase: PASS })).toMatchObject({
        ok: false,
        error: { code: 'wrongPassphrase' }
      })
      await closeCore(again)
    }
  })
})

describe('a folder sealed whole', () => {
  it('refuses a plain store dropped in place of the sealed one: kept as it is, never sealed', async () => {
    const { dir, data, core } = await plainFolder()
    await must(core, 'enableEncryption', { passphrase: PASS })
    await closeCore(core)
    // Someone else's plain store, valid in every other way.
    const other = await openCore(join(dir, 'other'), undefined, cheap)
    await must(other, 'createCase', { number: '+79990001122', carrier: 'mts' })
    await closeCore(other)
    const store = join(data, 'unlinker.json')
    await copyFile(join(dir, 'other', 'unlinker.json'), store)
    const dropped = await readFile(store)

    const again = await openCore(data, undefined, cheap)
    const info = await must(again, 'unlock', { passphrase: PASS })
    expect(info.recovery?.reason).toContain(store)
    expect(info.recovery?.reason).toMatch(/not encrypted/)
    expect(await again.call('listCases', {})).toMatchObject({
      ok: false,
      error: { code: 'storeUnavailable' }
    })
    await closeCore(again)
    expect(await readFile(store)).toEqual(dropped)
  })

  it('neither reads, offers, trusts nor deletes a plain snapshot dropped in it, and says so', async () => {
    const { dir, data, core } = await plainFolder()
    await must(core, 'enableEncryption', { passphrase: PASS })
    await closeCore(core)
    // Someone else's plain store, named as snapshots: an old one, and today's daily one
    // (which the day's own snapshot would replace, were it ours).
    const other = await openCore(join(dir, 'other'), undefined, cheap)
    await must(other, 'createCase', { number: '+79990001122', carrier: 'mts' })
    await closeCore(other)
    const plain = await readFile(join(dir, 'other', 'unlinker.json'))
    const today = new Date().toISOString().slice(0, 10)
    const dropped = [
      join(data, 'snapshots', 'unlinker-2020-01-01T00-00-00-000Z-daily.json'),
      join(data, 'snapshots', `unlinker-${today}T00-00-00-000Z-daily.json`)
    ]
    for (const path of dropped) await writeFile(path, plain)

    const again = await openCore(data, undefined, cheap)
    const info = await must(again, 'unlock', { passphrase: PASS })
    expect(info.recovery).toBeNull()
    expect(info.notices.filter((n) => n.kind === 'snapshotNotSealed')).toEqual(
      [...dropped]
        .sort()
        .reverse()
        .map((path) => ({
          kind: 'snapshotNotSealed',
          path,
          reason: expect.stringMatching(/^it is not encrypted, although the rest of the folder is/)
        }))
    )
    expect((await must(again, 'listCases', {})).map((c) => c.number)).not.toContain('+79990001122')
    await closeCore(again)
    // Kept as they were, and nothing else plain beside the sealed data.
    for (const path of dropped) expect(await readFile(path)).toEqual(plain)
    expect((await plainDataFiles(data)).sort()).toEqual([...dropped].sort())

    // With the store damaged, recovery offers only sealed snapshots, and refuses a plain one.
    const store = join(data, 'unlinker.json')
    const bytes = await readFile(store)
    bytes[bytes.length - 5]! ^= 0x01
    await writeFile(store, bytes)
    const third = await openCore(data, undefined, cheap)
    const broken = await must(third, 'unlock', { passphrase: PASS })
    const offered = broken.recovery?.snapshots.map((s) => s.name) ?? []
    expect(offered.length).toBeGreaterThan(0)
    for (const path of dropped) expect(offered).not.toContain(basename(path))
    const refused = await third.call('recoverFromSnapshot', { name: basename(dropped[0]!) })
    expect(refused).toMatchObject({ ok: false, error: { message: /not encrypted/ } })
    expect(await readFile(store)).toEqual(bytes)
    await must(third, 'recoverFromSnapshot', { name: offered[0]! })
    expect((await must(third, 'listCases', {})).map((c) => c.number)).not.toContain('+79990001122')
    await closeCore(third)
    for (const path of dropped) expect(await readFile(path)).toEqual(plain)
    expect((await plainDataFiles(data)).sort()).toEqual([...dropped].sort())
  })

  it('refuses a plain proof or history segment in it, naming the file', async () => {
    const { dir, data, core } = await plainFolder()
    await must(core, 'enableEncryption', { passphrase: PASS })
    const [photo] = (await must(core, 'listProofs', {})).filter((p) =>
      p.originalName.endsWith('.jpg')
    )
    const events = await must(core, 'listHistory', { limit: 1000 })
    await closeCore(core)
    // The photo's own bytes, plain, where its sealed file was: they even hash right.
    const original = await readFile(join(dir, 'IMG_0001.jpg'))
    await writeFile(join(data, 'vault', photo!.sha256), original)
    const [segment] = await readdir(join(data, 'history'))
    const segmentPath = join(data, 'history', segment!)
    await writeFile(segmentPath, '[]')

    const again = await openCore(data, undefined, cheap)
    const info = await must(again, 'unlock', { passphrase: PASS })
    await expect(again.proofFile(photo!.id)).rejects.toThrow(
      `${join(data, 'vault', photo!.sha256)} is not encrypted`
    )
    expect((await must(again, 'listHistory', { limit: 1000 })).length).toBeLessThan(events.length)
    expect((await must(again, 'getAppInfo', {})).notices).toEqual([
      {
        kind: 'historyUnreadable',
        path: segmentPath,
        reason: 'it is not encrypted, although the rest of the folder is'
      }
    ])
    expect(info.encryptionUnfinished).toBe(false)
    expect(await isSealedOnDisk(segmentPath)).toBe(false)
  })
})
