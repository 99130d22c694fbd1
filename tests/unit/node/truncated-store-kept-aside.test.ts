import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/main/core/store/open-store'
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
    expect(info.notices).toHaveLength(1)
    const notice = info.notices[0]!
    expect(notice.kind).toBe('storeKeptAside')
    expect(notice.reason).toMatch(/not complete JSON/)
    expect(notice.path).toBe(join(dir, 'unlinker.unreadable-2026-11-25T10-00-00-000Z.json'))
    expect(await readFile(notice.path, 'utf8')).toBe(truncated)

    // The app goes on with an empty list, and later writes never touch the kept file.
    expect(await must(core, 'listAccounts', {})).toEqual([])
    await must(core, 'createAccount', { name: 'New start' })
    expect(await readFile(notice.path, 'utf8')).toBe(truncated)
  })

  it('that parses but fails validation is kept aside with the failing field named', async () => {
    const { dir, text } = await storeWithTwoAccounts()
    const broken = JSON.parse(text)
    broken.accounts[1].status = 'maybe'
    await writeFile(join(dir, STORE_FILE), JSON.stringify(broken))

    const core = await openCore(dir)
    const [notice] = (await must(core, 'getAppInfo', {})).notices
    expect(notice?.reason).toMatch(/accounts\.1\.status/)
    expect((await readdir(dir)).filter((f) => f.startsWith('unlinker.unreadable-'))).toHaveLength(1)
  })

  it('from a newer version of the app is kept aside, not downgraded', async () => {
    const { dir, text } = await storeWithTwoAccounts()
    await writeFile(
      join(dir, STORE_FILE),
      JSON.stringify({ ...JSON.parse(text), schemaVersion: 99 })
    )
    const core = await openCore(dir)
    const [notice] = (await must(core, 'getAppInfo', {})).notices
    expect(notice?.reason).toMatch(/newer Unlinker/)
    expect(JSON.parse(await readFile(notice!.path, 'utf8')).schemaVersion).toBe(99)
  })
})
