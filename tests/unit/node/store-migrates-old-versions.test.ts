import { STORE_VERSION } from '../../../src/core/store/schema'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('migration', () => {
  it('brings a foundation-era (version 1) store to cases, playbooks and people, keeping history', async () => {
    const dir = await tempDir()
    await copyFile(join(__dirname, '../../fixtures/store-v1.json'), join(dir, STORE_FILE))
    const core = await openCore(dir)

    const [onlyCase, ...others] = await must(core, 'listCases', {})
    expect(others).toEqual([])
    expect(onlyCase).toMatchObject({ number: null, country: 'RU', status: 'planned' })
    const accounts = await must(core, 'listAccounts', {})
    expect(accounts.map((a) => [a.name, a.status, a.playbook, a.caseId, a.ticked])).toEqual([
      ['Gosuslugi', 'inProgress', 'government', onlyCase!.id, []],
      ['Lenta loyalty card', 'todo', 'generic', onlyCase!.id, []]
    ])
    expect(await must(core, 'listPeople', {})).toEqual([])
    const history = await must(core, 'listHistory', {})
    expect(history.map((e) => e.id)).toEqual(['7a3c1d2e-0000-4000-8000-0000000000e1'])
  })

  it('brings an unversioned (version 0) store up to the current version, keeping every account', async () => {
    const dir = await tempDir()
    await copyFile(join(__dirname, '../../fixtures/store-v0.json'), join(dir, STORE_FILE))
    const core = await openCore(dir)

    const accounts = await must(core, 'listAccounts', {})
    expect(accounts.map((a) => [a.id, a.name, a.status])).toEqual([
      ['acc-sber-0001', 'Sber', 'todo'],
      ['acc-telegram-0002', 'Telegram', 'unlinked']
    ])
    expect(accounts[0]?.settingsUrl).toBe('https://www.sberbank.ru/')
    expect(accounts[1]?.notes).toBe('Changed in Settings → Phone number')
    expect(accounts[1]?.updatedAt).toBe('2025-03-02T11:30:00.000Z')

    const stored = JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'))
    expect(stored.schemaVersion).toBe(STORE_VERSION)
    expect(stored.cases).toHaveLength(1)
    expect(accounts.every((a) => a.caseId === stored.cases[0].id)).toBe(true)
    expect((await must(core, 'getAppInfo', {})).notices).toEqual([])
  })

  it('gives a version-4 store the default preferences, keeping its records', async () => {
    const dir = await tempDir()
    const first = await openCore(dir)
    await must(first, 'createAccount', { name: 'Sber', category: 'bank' })
    await closeCore(first)
    const path = join(dir, STORE_FILE)
    const current = JSON.parse(await readFile(path, 'utf8'))
    const { preferences, ...older } = current
    expect(preferences).toBeDefined()
    await writeFile(path, JSON.stringify({ ...older, schemaVersion: 4 }))

    const core = await openCore(dir)
    expect(await must(core, 'getPreferences', {})).toEqual({
      language: null,
      theme: 'system',
      accountsSort: null
    })
    expect((await must(core, 'listAccounts', {})).map((a) => a.name)).toEqual(['Sber'])
    await must(core, 'setPreferences', { theme: 'light' })
    const stored = JSON.parse(await readFile(path, 'utf8'))
    expect(stored.schemaVersion).toBe(STORE_VERSION)
    expect(stored.preferences.theme).toBe('light')
  })

  it('opens a version-5 store at the current version, its accounts without evidence until discovery adds some', async () => {
    const dir = await tempDir()
    const first = await openCore(dir)
    const [sber] = await must(first, 'addDiscovered', {
      picks: [{ name: 'Sber', catalogId: null, category: 'bank', usages: ['login'] }]
    })
    await closeCore(first)
    const path = join(dir, STORE_FILE)
    const current = JSON.parse(await readFile(path, 'utf8'))
    await writeFile(path, JSON.stringify({ ...current, schemaVersion: 5 }))

    const core = await openCore(dir)
    const [account] = await must(core, 'listAccounts', {})
    expect(account).toMatchObject({ id: sber!.id, name: 'Sber' })
    expect(account?.evidence).toBeUndefined()
    const evidence = { passwords: { logins: 2, oldNumber: true } }
    await must(core, 'addDiscovered', {
      picks: [],
      trackedEvidence: [{ accountId: sber!.id, evidence }]
    })
    const stored = JSON.parse(await readFile(path, 'utf8'))
    expect(stored.schemaVersion).toBe(STORE_VERSION)
    expect(stored.accounts[0].evidence).toEqual(evidence)
  })

  it('opens a version-6 store with every number not marked as a foreign citizen’s, then keeps the mark', async () => {
    const dir = await tempDir()
    const first = await openCore(dir)
    const made = await must(first, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
    await closeCore(first)
    const path = join(dir, STORE_FILE)
    const current = JSON.parse(await readFile(path, 'utf8'))
    const cases = current.cases.map(
      ({ holderForeignCitizen, ...older }: Record<string, unknown>) => {
        expect(holderForeignCitizen).toBe(false)
        return older
      }
    )
    await writeFile(path, JSON.stringify({ ...current, schemaVersion: 6, cases }))

    const core = await openCore(dir)
    const [opened] = await must(core, 'listCases', {})
    expect(opened).toMatchObject({
      id: made.id,
      number: '+79123456789',
      holderForeignCitizen: false
    })
    await must(core, 'updateCase', { id: made.id, patch: { holderForeignCitizen: true } })
    await closeCore(core)
    const stored = JSON.parse(await readFile(path, 'utf8'))
    expect(stored.schemaVersion).toBe(STORE_VERSION)
    expect(stored.cases[0].holderForeignCitizen).toBe(true)
    const again = await openCore(dir)
    expect((await must(again, 'listCases', {}))[0]?.holderForeignCitizen).toBe(true)
  })
})
