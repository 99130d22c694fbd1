import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

async function storeWithTwoAccounts(): Promise<{ dir: string; text: string }> {
  const dir = await tempDir()
  const core = await openCore(dir)
  await must(core, 'createAccount', { name: 'Gosuslugi', category: 'government' })
  await must(core, 'createAccount', { name: 'VK', category: 'social' })
  await closeCore(core)
  return { dir, text: await readFile(join(dir, STORE_FILE), 'utf8') }
}

describe('an unreadable store', () => {
  it('truncated mid-file is kept aside byte for byte, reported, and never overwritten', async () => {
    const { dir, text } = await storeWithTwoAccounts()
    const truncated = text.slice(0, Math.floor(text.length / 2))
    await writeFile(join(dir, STORE_FILE), truncated)

    const core = await openCore(dir, () => new Date('2026-11-25T10:00:00Z'))
    const info = await must(core, 'getAppInfo', {})
    const recovery = info.recovery!
    expect(recovery.reason).toMatch(/not complete JSON/)
    expect(recovery.keptAside).toBe(join(dir, 'unlinker.unreadable-2026-11-25T10-00-00-000Z.json'))

    // Nothing else runs, and nothing is written, until the user decides.
    expect(await core.call('listAccounts', {})).toMatchObject({
      ok: false,
      error: { code: 'storeUnavailable' }
    })
    await closeCore(core)
    expect(await readFile(join(dir, STORE_FILE), 'utf8')).toBe(truncated)

    // A restart asks again; starting empty keeps the file aside, byte for byte.
    const again = await openCore(dir)
    const second = (await must(again, 'getAppInfo', {})).recovery!
    expect(second.reason).toMatch(/not complete JSON/)
    const fresh = await must(again, 'recoverEmpty', {})
    expect(fresh.recovery).toBeNull()
    expect(fresh.notices).toEqual([expect.objectContaining({ path: second.keptAside })])
    expect(await readFile(second.keptAside, 'utf8')).toBe(truncated)
    await must(again, 'createAccount', { name: 'New start' })
    expect(await readFile(second.keptAside, 'utf8')).toBe(truncated)
  })

  it('can be replaced by the latest good snapshot, taken at the last clean close', async () => {
    const { dir, text } = await storeWithTwoAccounts()
    await writeFile(join(dir, STORE_FILE), text.slice(0, 100))
    const core = await openCore(dir)
    const { recovery } = await must(core, 'getAppInfo', {})
    expect(recovery?.snapshots[0]?.reason).toBe('daily')
    const restored = await must(core, 'recoverFromSnapshot', { name: recovery!.snapshots[0]!.name })
    expect(restored.recovery).toBeNull()
    expect((await must(core, 'listAccounts', {})).map((a) => a.name).sort()).toEqual([
      'Gosuslugi',
      'VK'
    ])
    await closeCore(core)
    const reopened = await openCore(dir)
    expect((await must(reopened, 'getAppInfo', {})).recovery).toBeNull()
    expect(await must(reopened, 'listAccounts', {})).toHaveLength(2)
  })

  it('keeps one daily snapshot per day for two weeks, and one before each migration', async () => {
    const dir = await tempDir()
    let day = Date.parse('2026-11-01T12:00:00Z')
    for (let i = 0; i < 20; i++) {
      const core = await openCore(dir, () => new Date(day))
      await must(core, 'createAccount', { name: `day ${i}` })
      await closeCore(core)
      day += 24 * 3600 * 1000
    }
    const names = await readdir(join(dir, 'snapshots'))
    expect(names.filter((n) => n.endsWith('-daily.json'))).toHaveLength(14)
    expect(names.some((n) => n.startsWith('unlinker-2026-11-20T'))).toBe(true)
    expect(names.some((n) => n.startsWith('unlinker-2026-11-06T'))).toBe(false)
  })

  it('that parses but fails validation is kept aside with the failing field named', async () => {
    const { dir, text } = await storeWithTwoAccounts()
    const broken = JSON.parse(text)
    broken.accounts[1].status = 'maybe'
    await writeFile(join(dir, STORE_FILE), JSON.stringify(broken))

    const core = await openCore(dir)
    const { recovery } = await must(core, 'getAppInfo', {})
    expect(recovery?.reason).toMatch(/accounts\.1\.status/)
    await must(core, 'recoverEmpty', {})
    expect((await readdir(dir)).filter((f) => f.startsWith('unlinker.unreadable-'))).toHaveLength(1)
  })

  it('from a newer version of the app is kept aside, not downgraded', async () => {
    const { dir, text } = await storeWithTwoAccounts()
    await writeFile(
      join(dir, STORE_FILE),
      JSON.stringify({ ...JSON.parse(text), schemaVersion: 99 })
    )
    const core = await openCore(dir)
    const { recovery } = await must(core, 'getAppInfo', {})
    expect(recovery?.reason).toMatch(/newer Unlinker/)
    expect(JSON.parse(await readFile(recovery!.storePath, 'utf8')).schemaVersion).toBe(99)
  })
})
