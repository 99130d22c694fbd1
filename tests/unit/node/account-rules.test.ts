import { describe, expect, it } from 'vitest'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

function clock(start: string): () => Date {
  let t = Date.parse(start)
  return () => new Date((t += 1000))
}

describe('account rules', () => {
  it('fill defaults, trim the name and stamp created and updated times', async () => {
    const core = await openCore(await tempDir(), clock('2026-11-01T00:00:00Z'))
    const account = await must(core, 'createAccount', {
      name: '  Gosuslugi  ',
      category: 'government'
    })
    expect(account).toMatchObject({
      name: 'Gosuslugi',
      usages: [],
      settingsUrl: null,
      notes: '',
      status: 'todo'
    })
    expect(account.updatedAt).toBe(account.createdAt)
    expect(Date.parse(account.createdAt)).toBeGreaterThan(Date.parse('2026-11-01T00:00:00Z'))
  })

  it('record every change with the fields that changed, from and to', async () => {
    const core = await openCore(await tempDir(), clock('2026-11-01T00:00:00Z'))
    const a = await must(core, 'createAccount', { name: 'VK', category: 'social' })
    const updated = await must(core, 'updateAccount', {
      id: a.id,
      patch: { usages: ['login'], notes: 'old +7' }
    })
    expect(updated.updatedAt > updated.createdAt).toBe(true)
    const [latest] = await must(core, 'listHistory', { entityId: a.id })
    expect(latest).toMatchObject({
      action: 'updated',
      label: 'VK',
      changes: { usages: { from: [], to: ['login'] }, notes: { from: '', to: 'old +7' } }
    })
  })

  it('do not record an update that changes nothing', async () => {
    const core = await openCore(await tempDir())
    const a = await must(core, 'createAccount', { name: 'VK' })
    await must(core, 'updateAccount', { id: a.id, patch: { name: 'VK' } })
    expect(await must(core, 'listHistory', { entityId: a.id })).toHaveLength(1)
  })

  it('mark many accounts unlinked in one action, and refuse the whole action for an unknown id', async () => {
    const core = await openCore(await tempDir())
    const ids = []
    for (const name of ['Sber', 'VTB', 'Alfa'])
      ids.push((await must(core, 'createAccount', { name })).id)
    const refused = await core.call('setAccountStatus', {
      ids: [...ids, 'missing-id-0000'],
      status: 'unlinked'
    })
    expect(refused.ok).toBe(false)
    expect((await must(core, 'listAccounts', {})).map((a) => a.status)).toEqual([
      'todo',
      'todo',
      'todo'
    ])

    await must(core, 'setAccountStatus', { ids, status: 'unlinked' })
    expect((await must(core, 'listAccounts', {})).map((a) => a.status)).toEqual([
      'unlinked',
      'unlinked',
      'unlinked'
    ])
  })

  it('delete with undo: the same record comes back, and a second restore is a conflict', async () => {
    const core = await openCore(await tempDir())
    const a = await must(core, 'createAccount', {
      name: 'Avito',
      category: 'marketplace',
      notes: 'n'
    })
    const deleted = await must(core, 'deleteAccount', { id: a.id })
    expect(await must(core, 'listAccounts', {})).toEqual([])
    expect(await must(core, 'restoreAccount', { account: deleted })).toEqual(a)
    expect(await core.call('restoreAccount', { account: deleted })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
    const actions = (await must(core, 'listHistory', { entityId: a.id })).map((e) => e.action)
    expect(actions).toEqual(['restored', 'deleted', 'created'])
  })
})
