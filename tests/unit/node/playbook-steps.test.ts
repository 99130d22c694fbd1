import { describe, expect, it } from 'vitest'
import { playbookFor, stepProgress } from '../../../src/shared/playbooks'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('step progress', () => {
  const bank = playbookFor('bank').steps.map((s) => s.id)

  it('counts built-in and own steps, and sees the final check', () => {
    expect(stepProgress('bank', [])).toEqual({
      done: 0,
      total: bank.length,
      allTicked: false,
      finalTicked: false
    })
    const allButLast = bank.slice(0, -1)
    expect(stepProgress('bank', allButLast)).toMatchObject({ allTicked: false, finalTicked: false })
    expect(stepProgress('bank', bank)).toMatchObject({ allTicked: true, finalTicked: true })
    const own = [{ id: 'custom-1', title: 'Call the branch' }]
    expect(stepProgress('bank', bank, own)).toMatchObject({
      done: bank.length,
      total: bank.length + 1,
      allTicked: false
    })
    expect(stepProgress('bank', [...bank, 'custom-1'], own)).toMatchObject({ allTicked: true })
  })

  it('ignores ticks of steps that are not in the list', () => {
    expect(stepProgress('generic', ['not-a-step']).done).toBe(0)
  })
})

describe('guided unlinking in the core', () => {
  it('keeps ticks and own steps across a restart, and refuses a step the account does not have', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    const [sber] = await must(core, 'addFromCatalog', { catalogIds: ['sber'] })
    expect(sber).toMatchObject({
      name: 'Sber (Sberbank)',
      category: 'bank',
      playbook: 'bank',
      catalogId: 'sber'
    })
    await must(core, 'tickStep', { id: sber!.id, stepId: 'sign-in', ticked: true })
    const withOwn = await must(core, 'addCustomStep', {
      id: sber!.id,
      title: 'Visit the branch in Tbilisi'
    })
    await must(core, 'tickStep', { id: sber!.id, stepId: withOwn.customSteps[0]!.id, ticked: true })
    expect(
      await core.call('tickStep', { id: sber!.id, stepId: 'change-number', ticked: true })
    ).toMatchObject({
      ok: false,
      error: { code: 'notFound' }
    })
    await must(core, 'updateAccount', { id: sber!.id, patch: { replacement: 'authenticator' } })
    await closeCore(core)

    const again = await openCore(dir)
    const [stored] = await must(again, 'listAccounts', {})
    expect(stored).toMatchObject({ ticked: ['sign-in', 'custom-1'], replacement: 'authenticator' })
    expect(stored?.customSteps).toEqual([{ id: 'custom-1', title: 'Visit the branch in Tbilisi' }])
    const removed = await must(again, 'removeCustomStep', { id: sber!.id, stepId: 'custom-1' })
    expect(removed.ticked).toEqual(['sign-in'])
  })

  it('adds many catalog services in one write and never duplicates one within a case', async () => {
    const core = await openCore(await tempDir())
    const c = await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
    const before = core.diskWrites
    const first = await must(core, 'addFromCatalog', {
      caseId: c.id,
      catalogIds: ['sber', 'vk', 'telegram', 'vk']
    })
    expect(core.diskWrites - before).toBe(1)
    expect(first.map((a) => a.catalogId)).toEqual(['sber', 'vk', 'telegram'])
    const second = await must(core, 'addFromCatalog', {
      caseId: c.id,
      catalogIds: ['vk', 'gosuslugi']
    })
    expect(second.map((a) => a.catalogId)).toEqual(['gosuslugi'])
    expect(await core.call('addFromCatalog', { catalogIds: ['no-such-service'] })).toMatchObject({
      ok: false,
      error: { code: 'notFound' }
    })
  })
})
