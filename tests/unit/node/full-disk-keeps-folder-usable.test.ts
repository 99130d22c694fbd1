import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeCore, must, openCore } from '../../support/open-core'
import { fillDisk } from '../../support/full-disk'
import { serveInProcess } from '../../support/run-cli'
import { writeProofFiles } from '../../support/proof-files'
import { tempDir } from '../../support/temp-dir'

let emptyDisk: (() => void) | null = null
afterEach(() => {
  emptyDisk?.()
  emptyDisk = null
})

/** A folder with a number, an account and a proof, closed. */
async function folderWithData(): Promise<{ dir: string; data: string }> {
  const dir = await tempDir()
  const data = join(dir, 'data')
  const files = await writeProofFiles(dir)
  const core = await openCore(data, undefined, { mode: 'electron' })
  const c = await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
  await must(core, 'createAccount', { name: 'Sber', caseId: c.id })
  await must(core, 'attachProof', {
    ownerType: 'case',
    ownerId: c.id,
    kind: 'agreement',
    source: { path: files.pdf }
  })
  await closeCore(core)
  return { dir, data }
}

describe('a full disk leaves the folder intact and usable', () => {
  it('refuses a change in one sentence, keeps the store, closes and lets go of the folder', async () => {
    const { data } = await folderWithData()
    const warnings: string[] = []
    const core = await openCore(data, undefined, { warn: (m) => void warnings.push(m) })
    const store = await readFile(join(data, 'unlinker.json'))
    emptyDisk = fillDisk(data)

    const refused = await core.call('createAccount', { name: 'VK' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'storeUnavailable' } })
    if (refused.ok) return
    expect(refused.error.message).toBe(
      `The change was not saved: the disk that holds ${data} is full.`
    )
    expect(await readFile(join(data, 'unlinker.json'))).toEqual(store)
    expect((await must(core, 'listAccounts', {})).map((a) => a.name)).toEqual(['Sber'])

    await closeCore(core)
    expect(await readdir(data)).not.toContain('unlinker.lock')
    expect(await readFile(join(data, 'unlinker.json'))).toEqual(store)
    expect(warnings).toEqual([
      `Today's snapshot of the data was skipped: the disk that holds ${join(data, 'snapshots')} is full; free some space there, or export your proofs to another disk.`
    ])
    expect((await readdir(data)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('opens again while the disk is full, skipping the day’s snapshot, and exports to another disk', async () => {
    const { dir, data } = await folderWithData()
    emptyDisk = fillDisk(data)
    const warnings: string[] = []
    const core = await openCore(data, () => new Date(Date.now() + 86_400_000), {
      warn: (m) => void warnings.push(m)
    })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^Today's snapshot of the data was skipped: the disk that holds /)
    // Said on screen as well, not only on stderr.
    const { notices } = await must(core, 'getAppInfo', {})
    expect(notices).toEqual([
      { kind: 'snapshotSkipped', path: join(data, 'snapshots'), reason: warnings[0] }
    ])
    expect(await must(core, 'listAccounts', {})).toHaveLength(1)

    const out = join(dir, 'elsewhere', 'proofs.zip')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(join(dir, 'elsewhere'))
    const exported = await core.archives.exportTo(out, 'en')
    expect(exported).toMatchObject({ files: 1, verified: { intact: true } })
    await closeCore(core)
    expect(await readdir(data)).not.toContain('unlinker.lock')
  })

  it('stops web mode on Ctrl-C with a warning line, no stack trace, and no lock left', async () => {
    const { data } = await folderWithData()
    const app = await serveInProcess(['--data', data, '--port', '0'])
    emptyDisk = fillDisk(data)
    const { code, out, err } = await app.stop()
    expect(err).not.toMatch(/^\s+at /m)
    expect(err.trim().split('\n')).toEqual([
      `unlinker: Today's snapshot of the data was skipped: the disk that holds ${join(data, 'snapshots')} is full; free some space there, or export your proofs to another disk.`
    ])
    expect(code).toBe(0)
    expect(out).toContain('Stopped; everything is saved.')
    expect(await readdir(data)).not.toContain('unlinker.lock')
  })
})
