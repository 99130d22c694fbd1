import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { STORE_VERSION } from '../../../src/core/store/schema'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'
import { CN, RU } from '../../support/two-numbers'

const SMS_ON_CN = {
  sms: {
    messages: 2,
    codes: 1,
    adverts: 0,
    first: '2025-05-01',
    last: '2025-06-01',
    senders: ['【支付宝】'],
    numbers: [CN.e164]
  }
}

async function folder() {
  const data = join(await tempDir(), 'data')
  const core = await openCore(data)
  const ru = await must(core, 'createCase', { ...RU })
  const cn = await must(core, 'createCase', { ...CN })
  const added = await must(core, 'addFromCatalog', {
    caseId: ru.id,
    catalogIds: ['sber', 'vk', 'ozon', 'avito', 'gosuslugi']
  })
  const alipay = await must(core, 'createAccount', {
    name: 'Alipay',
    catalogId: 'alipay',
    category: 'payments',
    caseId: ru.id,
    evidence: SMS_ON_CN
  })
  return { data, core, ru, cn, added, alipay }
}

describe('actions on a selection of accounts', () => {
  it('deletes many in one write and brings them all back with one undo', async () => {
    const { data, core, added } = await folder()
    const ids = added.slice(0, 3).map((a) => a.id)
    const copies = structuredClone(added.slice(0, 3))
    const deleted = await must(core, 'deleteAccounts', { ids })
    expect(deleted.map((a) => a.id)).toEqual(ids)
    expect((await must(core, 'listAccounts', {})).map((a) => a.catalogId)).toEqual([
      'avito',
      'gosuslugi',
      'alipay'
    ])
    const history = await must(core, 'listHistory', { entity: 'account' })
    expect(
      history
        .filter((e) => e.action === 'deleted')
        .map((e) => e.entityId)
        .sort()
    ).toEqual([...ids].sort())

    const restored = await must(core, 'restoreAccounts', { accounts: deleted })
    expect(restored).toEqual(copies)
    await closeCore(core)
    const again = await openCore(data)
    const accounts = await must(again, 'listAccounts', {})
    expect(accounts).toHaveLength(6)
    for (const copy of copies) expect(accounts.find((a) => a.id === copy.id)).toEqual(copy)
  })

  it('refuses the whole action when one account is unknown or already back', async () => {
    const { core, added } = await folder()
    const unknown = await core.call('deleteAccounts', {
      ids: [added[0]!.id, 'no-such-account-id']
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'notFound' } })
    expect(await must(core, 'listAccounts', {})).toHaveLength(6)

    const [one] = await must(core, 'deleteAccounts', { ids: [added[0]!.id] })
    await must(core, 'restoreAccounts', { accounts: [one!] })
    const twice = await core.call('restoreAccounts', { accounts: [one!] })
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await must(core, 'listAccounts', {})).toHaveLength(6)
  })

  it('moves to another number, keeping the evidence with the number it came from', async () => {
    const { data, core, ru, cn, added, alipay } = await folder()
    const moved = await must(core, 'moveAccounts', {
      ids: [alipay.id, added[1]!.id],
      caseId: cn.id
    })
    expect(moved.map((a) => [a.catalogId, a.caseId])).toEqual([
      ['alipay', cn.id],
      ['vk', cn.id]
    ])
    expect(moved[0]?.evidence).toEqual(SMS_ON_CN)
    const [event] = await must(core, 'listHistory', { entityId: alipay.id })
    expect(event?.changes?.caseId).toEqual({ from: ru.id, to: cn.id })
    // Moving back leaves the evidence where it was found, on the Chinese number.
    const [back] = await must(core, 'moveAccounts', { ids: [alipay.id], caseId: ru.id })
    expect(back?.evidence).toEqual(SMS_ON_CN)
    await closeCore(core)
    const stored = JSON.parse(await readFile(join(data, STORE_FILE), 'utf8'))
    expect(stored.accounts.find((a: { id: string }) => a.id === alipay.id).evidence).toEqual(
      SMS_ON_CN
    )
  })

  it('sets one status on many, and refuses a number that does not exist', async () => {
    const { core, added } = await folder()
    const ids = added.map((a) => a.id)
    const set = await must(core, 'setAccountStatus', { ids, status: 'inProgress' })
    expect(set.every((a) => a.status === 'inProgress')).toBe(true)
    const nowhere = await core.call('moveAccounts', { ids, caseId: 'no-such-case-id' })
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })
})

describe('a store written before several numbers were handled', () => {
  it('opens with every account and person on the number it already belonged to', async () => {
    const { data, core, ru, cn, added } = await folder()
    await must(core, 'moveAccounts', { ids: [added[0]!.id], caseId: cn.id })
    const anna = await must(core, 'createPerson', { name: 'Anna', caseId: ru.id })
    const li = await must(core, 'createPerson', { name: '李雷', caseId: cn.id })
    await closeCore(core)
    // Written by the previous version: its number, and no merges or evidence numbers.
    const path = join(data, STORE_FILE)
    const stored = JSON.parse(await readFile(path, 'utf8'))
    for (const a of stored.accounts) {
      delete a.mergedFrom
      if (a.evidence?.sms) delete a.evidence.sms.numbers
    }
    const owners = stored.accounts.map((a: { id: string; caseId: string }) => [a.id, a.caseId])
    await writeFile(path, JSON.stringify({ ...stored, schemaVersion: STORE_VERSION - 1 }))

    const again = await openCore(data)
    const accounts = await must(again, 'listAccounts', {})
    expect(accounts.map((a) => [a.id, a.caseId])).toEqual(owners)
    expect(accounts.find((a) => a.id === added[0]!.id)?.caseId).toBe(cn.id)
    const people = await must(again, 'listPeople', {})
    expect(people.map((p) => [p.id, p.caseId])).toEqual([
      [anna.id, ru.id],
      [li.id, cn.id]
    ])
    expect(accounts.find((a) => a.catalogId === 'alipay')?.evidence?.sms?.numbers).toBeUndefined()
    await must(again, 'setPreferences', { theme: 'dark' })
    expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(STORE_VERSION)
  })
})
