import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { freshCoreBehind, installPreloadApi } from '../../support/core-behind-the-renderer'
import { must } from '../../support/open-core'
import { dayFromToday } from '../../support/phase-cases'
import { tempDir } from '../../support/temp-dir'

/**
 * Each store the screens call, against the real core: a call the core refuses hands its
 * error back and leaves the store as it was (and the core too). Most refusals here come
 * from a core locked behind the stores' back, where every data call is refused although
 * its input is valid; the others from input the core does not accept.
 */
const load = {
  app: () => import('../../../src/renderer/src/stores/app'),
  archive: () => import('../../../src/renderer/src/stores/archive'),
  accounts: () => import('../../../src/renderer/src/stores/accounts'),
  cases: () => import('../../../src/renderer/src/stores/cases'),
  catalog: () => import('../../../src/renderer/src/stores/catalog'),
  people: () => import('../../../src/renderer/src/stores/people'),
  proofs: () => import('../../../src/renderer/src/stores/proofs'),
  reminders: () => import('../../../src/renderer/src/stores/reminders')
}
let m: { [K in keyof typeof load]: Awaited<ReturnType<(typeof load)[K]>> }
let core: UnlinkerCore
let caseId: string

beforeAll(async () => {
  installPreloadApi()
  m = Object.fromEntries(
    await Promise.all(Object.entries(load).map(async ([name, get]) => [name, await get()]))
  ) as typeof m
})

beforeEach(async () => {
  core = await freshCoreBehind()
  const cases = m.cases.useCasesStore()
  expect(
    await cases.create({
      number: '+7 912 345-67-89',
      status: 'confirmed',
      cancellationDate: dayFromToday(-20)
    })
  ).toBeNull()
  caseId = cases.selected!.id
  const accounts = m.accounts.useAccountsStore()
  await accounts.load()
  expect(await accounts.create({ name: 'Sber', caseId })).toBeNull()
  const people = m.people.usePeopleStore()
  await people.load()
  expect(await people.create({ name: 'Mum', caseId })).toBeNull()
})

/** Locks the core behind the stores' back: every data call is then refused. */
async function lockTheCore(): Promise<void> {
  await must(core, 'enableEncryption', { passphrase: 'correct horse battery' })
  await must(core, 'lock', {})
}

const snapshot = (value: unknown): string => JSON.stringify(value)

describe('a refused call changes nothing in the store', () => {
  it('accounts: adding what an import found', async () => {
    const accounts = m.accounts.useAccountsStore()
    const before = snapshot(accounts.accounts)
    const pick = { name: 'Tinkoff', catalogId: null, category: 'bank' as const, usages: [] }

    const invalid = await accounts.addDiscovered(caseId, [{ ...pick, name: '' }])
    expect(invalid).toMatchObject({ error: { code: 'invalidInput' }, added: 0 })
    await lockTheCore()
    const locked = await accounts.addDiscovered(caseId, [pick])
    expect(locked).toMatchObject({ error: { code: 'locked' }, added: 0 })
    expect(snapshot(accounts.accounts)).toBe(before)
  })

  it('accounts: adding what an import found holds the new accounts at once', async () => {
    const accounts = m.accounts.useAccountsStore()
    const pick = { name: 'Tinkoff', catalogId: null, category: 'bank' as const, usages: [] }
    expect(await accounts.addDiscovered(caseId, [pick])).toEqual({ error: null, added: 1 })
    expect(accounts.accounts.map((a) => a.name)).toEqual(['Sber', 'Tinkoff'])
  })

  it('people: adding contacts from a file', async () => {
    const people = m.people.usePeopleStore()
    const before = snapshot(people.people)
    const invalid = await people.addMany(caseId, [{ name: '', contact: '' }])
    expect(invalid).toMatchObject({ error: { code: 'invalidInput' }, added: 0 })
    await lockTheCore()
    const locked = await people.addMany(caseId, [{ name: 'Dad', contact: '+79001112233' }])
    expect(locked).toMatchObject({ error: { code: 'locked' }, added: 0 })
    expect(snapshot(people.people)).toBe(before)

    // The same call, once unlocked, adds them to the store as well.
    await must(core, 'unlock', { passphrase: 'correct horse battery', remember: false })
    expect(await people.addMany(caseId, [{ name: 'Dad', contact: '+79001112233' }])).toEqual({
      error: null,
      added: 1
    })
    expect(people.people.map((p) => p.name)).toEqual(['Mum', 'Dad'])
  })

  it('reminders: a refused reload keeps the last reminders', async () => {
    const reminders = m.reminders.useRemindersStore()
    expect(await reminders.load()).toBeNull()
    expect(reminders.reminders.length).toBeGreaterThan(0)
    const before = snapshot(reminders.reminders)
    await lockTheCore()
    expect(await reminders.load()).toMatchObject({ code: 'locked' })
    expect(snapshot(reminders.reminders)).toBe(before)
    expect(reminders.loaded).toBe(true)
  })

  it('app: recovery when nothing is damaged, and the licences while locked', async () => {
    const app = m.app.useAppStore()
    await app.load()
    const before = snapshot(app.info)
    expect(await app.recoverFromSnapshot('unlinker-2026-01-01.json')).toMatchObject({
      code: 'conflict'
    })
    expect(await app.recoverEmpty()).toMatchObject({ code: 'conflict' })
    expect(snapshot(app.info)).toBe(before)

    await lockTheCore()
    expect(await app.loadThirdPartyNotices()).toMatchObject({ code: 'locked' })
    expect(app.thirdPartyNotices).toBeNull()
    await must(core, 'unlock', { passphrase: 'correct horse battery', remember: false })
    expect(await app.loadThirdPartyNotices()).toBeNull()
    expect(app.thirdPartyNotices).toContain('Third-party notices')
  })

  it('archive: an export or a restore refused leaves every record store as it was', async () => {
    const archive = m.archive.useArchiveStore()
    const stores = [
      m.cases.useCasesStore(),
      m.accounts.useAccountsStore(),
      m.people.usePeopleStore(),
      m.proofs.useProofsStore()
    ]
    await stores[3]!.load()
    const before = snapshot(stores.map((s) => s.$state))
    const restore = await archive.startRestore({ upload: 'not-an-upload' }, 'replace')
    expect(restore).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
    await lockTheCore()
    expect(await archive.startExport('en')).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(snapshot(stores.map((s) => s.$state))).toBe(before)
  })

  it('proofs, cases, catalog: opening, checking a number, searching', async () => {
    const file = join(await tempDir(), 'agreement.txt')
    await writeFile(file, 'Agreement to end the contract')
    const proof = await must(core, 'attachProof', {
      ownerType: 'case',
      ownerId: caseId,
      kind: 'agreement',
      source: { path: file },
      originalName: 'agreement.txt',
      mediaType: 'text/plain'
    })
    const proofs = m.proofs.useProofsStore()
    await proofs.load()
    expect(proofs.proofs.map((p) => p.id)).toEqual([proof.id])
    const cases = m.cases.useCasesStore()
    const catalog = m.catalog.useCatalogStore()
    await catalog.ensure(['sber'])
    const before = snapshot([proofs.$state, cases.$state, [...catalog.byId.keys()]])

    expect(await cases.checkNumber('12', 'RU')).toBe(false)
    await lockTheCore()
    expect(await proofs.open(proof.id)).toMatchObject({
      error: { code: 'locked' }
    })
    expect(await catalog.search({ text: 'sber' })).toMatchObject({ ok: false })
    expect(await cases.checkNumber('+7 912 345-67-89', 'RU')).toBe(false)
    expect(snapshot([proofs.$state, cases.$state, [...catalog.byId.keys()]])).toBe(before)
  })
})
