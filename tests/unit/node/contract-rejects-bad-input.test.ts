import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const bad: Array<[string, unknown, RegExp]> = [
  ['createAccount', null, /expected object|Invalid input/],
  ['createAccount', 'Sber', /Invalid input/],
  ['createAccount', [], /Invalid input/],
  ['createAccount', {}, /name/],
  ['createAccount', { name: '   ' }, /name is required/],
  ['createAccount', { name: 'x'.repeat(201) }, /name/],
  ['createAccount', { name: 'A', category: 'casino' }, /category/],
  ['createAccount', { name: 'A', usages: ['telepathy'] }, /usages/],
  ['createAccount', { name: 'A', settingsUrl: 'javascript:alert(1)' }, /http/],
  ['createAccount', { name: 'A', settingsUrl: 'file:///etc/passwd' }, /http/],
  ['createAccount', { name: 'A', settingsUrl: 'not a url' }, /http/],
  ['createAccount', { name: 'A', status: 'done' }, /status/],
  ['createAccount', { name: 42 }, /name/],
  ['updateAccount', { id: '../../etc', patch: {} }, /id/],
  ['updateAccount', { patch: { name: 'B' } }, /id/],
  ['setAccountStatus', { ids: [], status: 'unlinked' }, /ids/],
  ['setAccountStatus', { ids: ['acc-sber-0001'], status: 'gone' }, /status/],
  ['deleteAccount', { id: 7 }, /id/],
  ['restoreAccount', { account: { name: 'half' } }, /account/],
  ['listHistory', { limit: -1 }, /limit/],
  ['listHistory', { limit: 1.5 }, /limit/],
  ['getAppInfo', { extra: true }, /Invalid input/]
]

describe('the contract', () => {
  it.each(bad)(
    'refuses %s(%j) with a typed error and changes nothing on disk',
    async (name, input, message) => {
      const dir = await tempDir()
      const core = await openCore(dir)
      await must(core, 'createAccount', { name: 'Existing', category: 'bank' })
      const before = await readFile(join(dir, STORE_FILE), 'utf8')

      const result = await core.call(name, input)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('invalidInput')
      expect(result.error.message).toMatch(message)
      expect(await readFile(join(dir, STORE_FILE), 'utf8')).toBe(before)
    }
  )

  it('refuses an unknown method, including names from Object.prototype', async () => {
    const core = await openCore(await tempDir())
    for (const name of ['dropEverything', 'constructor', '__proto__', 'toString']) {
      const result = await core.call(name, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'unknownMethod' } })
    }
  })

  it('answers notFound for a well-formed id that does not exist', async () => {
    const core = await openCore(await tempDir())
    const result = await core.call('deleteAccount', { id: 'does-not-exist-123' })
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })

  it('names the failing fields so a form can show them', async () => {
    const core = await openCore(await tempDir())
    const result = await core.call('createAccount', { name: '', settingsUrl: 'ftp://x' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(['name', 'settingsUrl'])
  })
})
