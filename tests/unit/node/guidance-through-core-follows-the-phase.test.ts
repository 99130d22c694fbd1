import { describe, expect, it } from 'vitest'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('getGuidance through a real core', () => {
  it('answers the variant for the case phase on the injected day, in the chosen language', async () => {
    let now = new Date('2026-12-01T09:00:00Z')
    const core = await openCore(await tempDir(), () => now)
    const c = await must(core, 'createCase', {
      number: '+7 912 345-67-89',
      country: 'RU',
      carrier: 'mts',
      status: 'planned'
    })
    const [sber, telegram] = await must(core, 'addFromCatalog', {
      caseId: c.id,
      catalogIds: ['sber', 'telegram']
    })

    const planning = await must(core, 'getGuidance', { accountId: sber!.id, language: 'en' })
    expect(planning.phase).toBe('planning')
    expect(planning.today).toBe('2026-12-01')
    expect(planning.showRoute).toBe(false)
    expect(planning.steps[0]!.text).toBe(planning.steps[0]!.variants.planning)
    expect(planning.steps[0]!.text).toMatch(/while the old number still receives SMS/)
    // Sber's own steps are known only from auto-generated articles: the bank playbook speaks.
    expect(planning.serviceId).toBeNull()

    await must(core, 'updateCase', {
      id: c.id,
      patch: { status: 'confirmed', cancellationDate: '2026-11-20' }
    })
    const cancelled = await must(core, 'getGuidance', { accountId: sber!.id, language: 'ru' })
    expect(cancelled.phase).toBe('cancelled')
    expect(cancelled.daysSinceCancellation).toBe(11)
    expect(cancelled.showRoute).toBe(true)
    expect(cancelled.steps[0]!.text).toBe(cancelled.steps[0]!.variants.cancelled)
    expect(cancelled.route.map((r) => r.text).join(' ')).toMatch(/отделение с паспортом/)

    now = new Date('2027-01-19T09:00:00Z')
    const later = await must(core, 'getGuidance', { accountId: telegram!.id, language: 'zh-CN' })
    expect(later.phase).toBe('possiblyReassigned')
    expect(later.steps[0]!.text).toBe(later.steps[0]!.variants.possiblyReassigned)
    expect(later.serviceId).toBe('telegram')
    expect(later.headline).toMatch(/紧急/)
    expect(later.stranger[0]!.sources[0]!.url).toMatch(/^https:/)
  })

  it('shows the route once the account is marked locked out, while the SIM still works', async () => {
    const core = await openCore(await tempDir(), () => new Date('2026-12-01T09:00:00Z'))
    const c = await must(core, 'createCase', { number: '+7 912 345-67-89', country: 'RU' })
    const [mos] = await must(core, 'addFromCatalog', { caseId: c.id, catalogIds: ['mos-ru'] })
    await must(core, 'updateAccount', { id: mos!.id, patch: { lockedOut: true } })
    const g = await must(core, 'getGuidance', { accountId: mos!.id, language: 'en' })
    expect(g.phase).toBe('planning')
    expect(g.lockedOut).toBe(true)
    expect(g.showRoute).toBe(true)
    expect(g.contacts.find((k) => k.kind === 'phone')?.phone).toBe('+7 495 539-55-55')
    expect(g.contacts.every((k) => k.sources.every((s) => s.tag === 'unofficial'))).toBe(true)
  })

  it('refuses an unknown account and a malformed input', async () => {
    const core = await openCore(await tempDir())
    const missing = await core.call('getGuidance', { accountId: 'no-such-account', language: 'en' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'notFound' } })
    const bad = await core.call('getGuidance', { accountId: '../x', language: 'english!' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalidInput' } })
  })
})
