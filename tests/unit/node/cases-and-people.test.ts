import { describe, expect, it } from 'vitest'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('cases (old numbers)', () => {
  it.each(['+7 912 345-67-89', '89123456789', '79123456789', '8 (912) 345 67 89'])(
    'store %s as E.164',
    async (typed) => {
      const core = await openCore(await tempDir())
      const created = await must(core, 'createCase', {
        number: typed,
        country: 'RU',
        carrier: 'mts'
      })
      expect(created.number).toBe('+79123456789')
    }
  )

  it('are checked as typed and come back formatted for people to read', async () => {
    const core = await openCore(await tempDir())
    expect(await must(core, 'checkNumber', { number: '8 912 345-67-89', country: 'RU' })).toEqual({
      valid: true,
      number: '+79123456789'
    })
    expect(await must(core, 'checkNumber', { number: '12345', country: 'RU' })).toEqual({
      valid: false,
      number: null
    })
    expect(await must(core, 'checkNumber', { number: '  ', country: 'KZ' })).toEqual({
      valid: true,
      number: null
    })
    const created = await must(core, 'createCase', { number: '89123456789', country: 'RU' })
    expect(created.display).toBe('+7 912 345 67 89')
    const [listed] = await must(core, 'listCases', {})
    expect(listed?.display).toBe('+7 912 345 67 89')
  })

  it('refuse a number that is not valid for the country, naming the field', async () => {
    const core = await openCore(await tempDir())
    const result = await core.call('createCase', { number: '12345', country: 'RU', carrier: 'mts' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', fields: { number: expect.any(String) } }
    })
    expect(await must(core, 'listCases', {})).toEqual([])
  })

  it('keep their checklist and dates across a restart, and log each change', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    const c = await must(core, 'createCase', {
      number: '+79161234567',
      carrier: 'Tele2 Kazakhstan',
      cancellationDate: '2026-11-20'
    })
    await must(core, 'updateCase', {
      id: c.id,
      patch: { status: 'confirmed', checklist: { ...c.checklist, passport: true, sim: true } }
    })
    await closeCore(core)
    const again = await openCore(dir)
    const [stored] = await must(again, 'listCases', {})
    expect(stored).toMatchObject({
      status: 'confirmed',
      carrier: 'Tele2 Kazakhstan',
      checklist: { passport: true, sim: true, contract: false }
    })
    const [latest] = await must(again, 'listHistory', { entityId: c.id })
    expect(Object.keys(latest?.changes ?? {}).sort()).toEqual(['checklist', 'status'])
  })

  it('can only be deleted when empty', async () => {
    const core = await openCore(await tempDir())
    const c = await must(core, 'createCase', { number: '+79161234567' })
    const account = await must(core, 'createAccount', { name: 'VK', caseId: c.id })
    expect(await core.call('deleteCase', { id: c.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
    await must(core, 'deleteAccount', { id: account.id })
    await must(core, 'deleteCase', { id: c.id })
    expect(await must(core, 'listCases', {})).toEqual([])
  })

  it('an account added with no case joins a new empty case, and one with an unknown case is refused', async () => {
    const core = await openCore(await tempDir())
    const account = await must(core, 'createAccount', { name: 'Sber', category: 'bank' })
    const cases = await must(core, 'listCases', {})
    expect(cases.map((c) => c.id)).toEqual([account.caseId])
    expect(account.playbook).toBe('bank')
    expect(await core.call('createAccount', { name: 'X', caseId: 'no-such-case-1' })).toMatchObject(
      { ok: false, error: { code: 'notFound' } }
    )
  })
})

describe('people', () => {
  it('record the day they were notified, and forget it when set back to notify', async () => {
    const core = await openCore(await tempDir(), () => new Date('2026-11-25T12:00:00Z'))
    const mum = await must(core, 'createPerson', {
      name: 'Mum',
      relation: 'mother',
      contact: 'WhatsApp +995 555 123 456'
    })
    expect(mum).toMatchObject({ status: 'toNotify', notifiedOn: null })
    const told = await must(core, 'updatePerson', { id: mum.id, patch: { status: 'notified' } })
    expect(told.notifiedOn).toBe('2026-11-25')
    const back = await must(core, 'updatePerson', { id: mum.id, patch: { status: 'toNotify' } })
    expect(back.notifiedOn).toBeNull()
  })

  it('can be deleted and brought back with undo', async () => {
    const core = await openCore(await tempDir())
    const p = await must(core, 'createPerson', { name: 'Colleague' })
    const removed = await must(core, 'deletePerson', { id: p.id })
    expect(await must(core, 'listPeople', {})).toEqual([])
    await must(core, 'restorePerson', { person: removed })
    expect(await must(core, 'listPeople', {})).toEqual([p])
  })
})
