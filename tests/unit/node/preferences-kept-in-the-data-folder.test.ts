import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { PLAIN_PREFERENCES_FILE } from '../../../src/core/preferences/preference-handlers'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const cheap = { mode: 'electron' as const, kdf: { N: 1024, r: 8, p: 1 } }

describe('preferences', () => {
  it('start at their defaults and survive a restart of the app on the same folder', async () => {
    const dir = await tempDir()
    const first = await openCore(dir)
    expect(await must(first, 'getPreferences', {})).toEqual({
      language: null,
      theme: 'system',
      accountsSort: null
    })
    await must(first, 'setPreferences', { language: 'ru' })
    const answer = await must(first, 'setPreferences', {
      accountsSort: { key: 'risk', direction: 'desc' }
    })
    expect(answer).toEqual({
      language: 'ru',
      theme: 'system',
      accountsSort: { key: 'risk', direction: 'desc' }
    })
    await closeCore(first)

    const again = await openCore(dir)
    expect(await must(again, 'getPreferences', {})).toEqual(answer)
  })

  it('refuses a language or sort the app does not know', async () => {
    const core = await openCore(await tempDir())
    for (const input of [
      { language: 'xx' },
      { theme: 'purple' },
      { accountsSort: { key: 'password', direction: 'asc' } },
      { somethingElse: true }
    ]) {
      const result = await core.call('setPreferences', input)
      expect(result.ok, JSON.stringify(input)).toBe(false)
    }
    expect((await must(core, 'getPreferences', {})).language).toBeNull()
  })

  it('answer the language and theme while the data is locked, and keep the sort sealed', async () => {
    const dir = await tempDir()
    const core = await openCore(dir, undefined, cheap)
    await must(core, 'enableEncryption', { passphrase: 'correct horse battery' })
    await must(core, 'setPreferences', {
      language: 'zh-CN',
      theme: 'dark',
      accountsSort: { key: 'name', direction: 'asc' }
    })
    await must(core, 'lock', {})

    expect(await must(core, 'getPreferences', {})).toEqual({
      language: 'zh-CN',
      theme: 'dark',
      accountsSort: null
    })
    // The lock holds for everything else.
    expect((await core.call('setPreferences', { theme: 'light' })).ok).toBe(false)
    const plain = await readFile(join(dir, PLAIN_PREFERENCES_FILE), 'utf8')
    expect(JSON.parse(plain)).toEqual({ language: 'zh-CN', theme: 'dark' })
    expect((await readFile(join(dir, STORE_FILE))).subarray(0, 8).toString()).toBe('ULNKSEAL')

    await must(core, 'unlock', { passphrase: 'correct horse battery' })
    expect((await must(core, 'getPreferences', {})).accountsSort).toEqual({
      key: 'name',
      direction: 'asc'
    })
  })

  it('answer their defaults while locked when the plain copy is damaged', async () => {
    const dir = await tempDir()
    const core = await openCore(dir, undefined, cheap)
    await must(core, 'enableEncryption', { passphrase: 'correct horse battery' })
    await must(core, 'setPreferences', { language: 'ru' })
    await must(core, 'lock', {})
    await writeFile(join(dir, PLAIN_PREFERENCES_FILE), '{"language": "ru", "the')
    expect((await must(core, 'getPreferences', {})).language).toBeNull()
  })
})
