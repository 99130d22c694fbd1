import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('the new number of a case', () => {
  it('is stored in international form from any country', async () => {
    const core = await openCore(await tempDir())
    const c = await must(core, 'createCase', {
      number: '+79123456789',
      replacementNumber: '+44 7911 123456'
    })
    expect(c.replacementNumber).toBe('+447911123456')
    const updated = await must(core, 'updateCase', {
      id: c.id,
      patch: { replacementNumber: '8613812345678' }
    })
    expect(updated.replacementNumber).toBe('+8613812345678')
    const cleared = await must(core, 'updateCase', { id: c.id, patch: { replacementNumber: '' } })
    expect(cleared.replacementNumber).toBeNull()
  })

  it('refuses bad input with an error on that field, and changes nothing', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    const c = await must(core, 'createCase', {
      number: '+79123456789',
      replacementNumber: '+447911123456'
    })
    const before = await readFile(join(dir, STORE_FILE), 'utf8')

    for (const bad of ['+44 12', 'hello', '+0 7911 123456', '+7 912 345 67 89 00 11']) {
      const created = await core.call('createCase', {
        number: '+79123456780',
        replacementNumber: bad
      })
      expect(created.ok, bad).toBe(false)
      if (!created.ok) {
        expect(created.error.code).toBe('invalidInput')
        expect(Object.keys(created.error.fields ?? {})).toEqual(['replacementNumber'])
        expect(created.error.fields?.replacementNumber).toMatch(
          /start it with \+ and the country code/
        )
      }
      const updated = await core.call('updateCase', {
        id: c.id,
        patch: { reference: 'changed', replacementNumber: bad }
      })
      expect(updated.ok, bad).toBe(false)
      if (!updated.ok) {
        expect(updated.error.code).toBe('invalidInput')
        expect(Object.keys(updated.error.fields ?? {})).toEqual(['patch.replacementNumber'])
      }
    }
    expect(await must(core, 'listCases', {})).toEqual([
      expect.objectContaining({ id: c.id, reference: '', replacementNumber: '+447911123456' })
    ])
    expect(await readFile(join(dir, STORE_FILE), 'utf8')).toBe(before)
  })
})
