import { createHash, randomBytes } from 'node:crypto'
import { cp, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KEY_FILE } from '../../../src/core/crypto/key-file'
import { CRASH_PASSPHRASE, HISTORY_TAIL, killRandom, runAndKill } from '../../support/kill-child'
import { closeCore, must, openCore } from '../../support/open-core'
import { isSealedOnDisk, plainDataFiles } from '../../support/sealed-files'
import { tempDir } from '../../support/temp-dir'

const PROOFS = 60
const KILLS = 10
const options = { mode: 'electron' as const, historyTail: HISTORY_TAIL }

/**
 * A plain folder with many proofs (distinct bytes each), history segments, and daily
 * snapshots of three days: everything encryption has to seal.
 */
async function template(dir: string): Promise<{ data: string; hashes: Map<string, string> }> {
  const data = join(dir, 'template')
  const hashes = new Map<string, string>()
  for (const day of ['2026-11-01', '2026-11-02', '2026-11-03']) {
    const core = await openCore(data, () => new Date(`${day}T10:00:00Z`), options)
    const [existing] = await must(core, 'listCases', {})
    const c = existing ?? (await must(core, 'createCase', { number: '+79123456789' }))
    for (let i = 0; i < PROOFS / 3; i++) {
      const file = join(dir, `proof-${day}-${i}.jpg`)
      const bytes = randomBytes(96 * 1024)
      await writeFile(file, bytes)
      const proof = await must(core, 'attachProof', {
        ownerType: 'case',
        ownerId: c.id,
        kind: 'other',
        source: { path: file }
      })
      hashes.set(proof.id, createHash('sha256').update(bytes).digest('hex'))
    }
    await closeCore(core)
  }
  expect((await readdir(join(data, 'history'))).length).toBeGreaterThan(3)
  expect((await readdir(join(data, 'snapshots'))).length).toBeGreaterThanOrEqual(3)
  return { data, hashes }
}

/** How many proofs of the vault are sealed already. */
async function sealedProofs(data: string): Promise<number> {
  let sealed = 0
  const names = await readdir(join(data, 'vault')).catch(() => [] as string[])
  for (const name of names)
    if (
      /^[0-9a-f]{64}$/.test(name) &&
      (await isSealedOnDisk(join(data, 'vault', name)).catch(() => false))
    )
      sealed++
  return sealed
}

/**
 * After a kill: the folder opens, and once unlocked (when the key file was written) holds
 * no plain store, snapshot, segment or proof, nor a temp file of one, and every proof
 * reads back whole. Answers where the kill landed.
 */
async function check(
  data: string,
  hashes: Map<string, string>
): Promise<'before the key' | 'while sealing' | 'after'> {
  const keyFile = await readFile(join(data, KEY_FILE), 'utf8').catch(() => null)
  const landed =
    keyFile === null
      ? 'before the key'
      : (JSON.parse(keyFile) as { sealing: boolean }).sealing
        ? 'while sealing'
        : 'after'
  const core = await openCore(data, undefined, options)
  if (keyFile !== null) {
    const info = await must(core, 'unlock', { passphrase: CRASH_PASSPHRASE })
    expect(info).toMatchObject({ encryption: 'on', encryptionUnfinished: false, recovery: null })
    expect(await plainDataFiles(data)).toEqual([])
  } else expect((await must(core, 'getAppInfo', {})).encryption).toBe('off')
  const proofs = await must(core, 'listProofs', {})
  expect(proofs).toHaveLength(PROOFS)
  for (const proof of proofs) {
    const hash = createHash('sha256')
    for await (const chunk of await (await core.proofFile(proof.id))!.open())
      hash.update(chunk as Buffer)
    expect(hash.digest('hex'), proof.originalName).toBe(hashes.get(proof.id))
  }
  await closeCore(core)
  return landed
}

describe('a SIGKILL while encryption is being turned on', () => {
  it(`at ${KILLS} moments leaves, after a restart and an unlock, nothing plain`, async () => {
    const dir = await tempDir()
    const { data: source, hashes } = await template(dir)
    const random = killRandom('encryption-survives-sigkill')

    // The moments: at once, as soon as the key file is written (the store, snapshots and
    // segments being sealed), and after every seventh proof sealed, to the last.
    const moments: Array<(data: string) => Promise<boolean>> = [
      async () => true,
      async (data) => (await readFile(join(data, KEY_FILE)).catch(() => null)) !== null,
      ...Array.from(
        { length: KILLS - 2 },
        (_, i) => async (data: string) => (await sealedProofs(data)) >= (i + 1) * 7
      )
    ]
    const landed: string[] = []
    for (const [k, moment] of moments.entries()) {
      const data = join(dir, `kill-${k}`)
      await cp(source, data, { recursive: true })
      await runAndKill('encrypt', data, { delayMs: 0, when: () => moment(data) })
      // Every other time, the unlock that finishes the sealing is killed too, part-way.
      if (k % 2 === 1 && (await readFile(join(data, KEY_FILE)).catch(() => null)))
        await runAndKill('unlock', data, {
          delayMs: 0,
          when: async () => (await sealedProofs(data)) >= PROOFS * random()
        })
      landed.push(await check(data, hashes))
    }
    process.stdout.write(`kills landed: ${landed.join(', ')}\n`)
    // The kills reached the sealing itself, not only its edges.
    expect(landed.filter((l) => l === 'while sealing').length).toBeGreaterThanOrEqual(3)
  }, 600_000)
})
