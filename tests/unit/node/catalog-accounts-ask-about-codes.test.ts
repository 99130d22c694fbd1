import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { riskOf } from '../../../src/shared/domain/risk'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

// Entries of the generated layer (2fa.directory lists SMS for both); no curated entry
// claims their domains.
const SENDS_SMS_NO_SETTINGS = '123-reg-co-uk'
const SENDS_SMS_WITH_PASSWORD_PAGE = 'acorns-com'

async function coreWithCase() {
  const core = await openCore(await tempDir())
  const c = await must(core, 'createCase', { number: '+79123456789', country: 'RU' })
  return { core, caseId: c.id }
}

describe('an account added from a catalog entry that can send codes by SMS or call', () => {
  it('asks whether the account gets them, and counts as high risk until answered', async () => {
    const { core, caseId } = await coreWithCase()
    const [account] = await must(core, 'addFromCatalog', {
      caseId,
      catalogIds: [SENDS_SMS_NO_SETTINGS]
    })
    expect(account).toMatchObject({ phoneCodes: 'unknown', usages: [], category: 'work' })
    expect(riskOf(account!)).toBe('high')
  })

  it('becomes a takeover path when the user says yes, and drops back when they say no', async () => {
    const { core, caseId } = await coreWithCase()
    const [added, money] = await must(core, 'addFromCatalog', {
      caseId,
      catalogIds: [SENDS_SMS_NO_SETTINGS, SENDS_SMS_WITH_PASSWORD_PAGE]
    })
    const yes = await must(core, 'updateAccount', { id: added!.id, patch: { phoneCodes: 'yes' } })
    expect(yes.usages).toContain('sms2fa')
    // A domain registrar: the codes can take it over, but no money, identity or mail is at stake.
    expect(riskOf(yes)).toBe('high')
    // A payment service answered yes: codes and money, critical.
    const paying = await must(core, 'updateAccount', {
      id: money!.id,
      patch: { phoneCodes: 'yes' }
    })
    expect(paying.category).toBe('payments')
    expect(riskOf(paying)).toBe('critical')

    const no = await must(core, 'updateAccount', { id: added!.id, patch: { phoneCodes: 'no' } })
    expect(no.usages).not.toContain('sms2fa')
    expect(riskOf(no)).toBe('low')

    const history = await must(core, 'listHistory', { entityId: added!.id })
    const answers = history.flatMap((e) => (e.changes?.phoneCodes ? [e.changes.phoneCodes] : []))
    expect(answers).toEqual([
      { from: 'yes', to: 'no' },
      { from: 'unknown', to: 'yes' },
      { from: null, to: 'unknown' }
    ])
  })

  it('is not asked when the curated roles already say the account gets SMS codes', async () => {
    const { core, caseId } = await coreWithCase()
    const [sber] = await must(core, 'addFromCatalog', { caseId, catalogIds: ['sber'] })
    expect(sber).toMatchObject({ phoneCodes: null })
    expect(sber!.usages).toContain('sms2fa')
    expect(riskOf(sber!)).toBe('critical')
  })

  it('links to a page where security settings change, never to the website as a settings link', async () => {
    const { core, caseId } = await coreWithCase()
    const [withPage, other] = await must(core, 'addFromCatalog', {
      caseId,
      catalogIds: [SENDS_SMS_WITH_PASSWORD_PAGE, SENDS_SMS_NO_SETTINGS]
    })
    const [entry] = await must(core, 'getCatalogEntries', { ids: [SENDS_SMS_WITH_PASSWORD_PAGE] })
    expect(entry?.links.changePassword).toBeDefined()
    expect(withPage!.settingsUrl).toBe(entry!.links.changePassword)
    expect(other!.settingsUrl).toBeNull()
  })

  it('keeps the answer over a restart', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    const [added] = await must(core, 'addFromCatalog', { catalogIds: [SENDS_SMS_NO_SETTINGS] })
    await must(core, 'updateAccount', { id: added!.id, patch: { phoneCodes: 'yes' } })
    await closeCore(core)
    const again = await openCore(dir)
    const [account] = await must(again, 'listAccounts', {})
    expect(account).toMatchObject({ phoneCodes: 'yes' })
  })
})

describe('a store from before the codes question (data version 3)', () => {
  it('opens with every account unasked', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    await must(core, 'createAccount', { name: 'Lenta', category: 'marketplace' })
    await closeCore(core)
    const stored = JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'))
    stored.schemaVersion = 3
    for (const account of stored.accounts) delete account.phoneCodes
    await writeFile(join(dir, STORE_FILE), JSON.stringify(stored))

    const again = await openCore(dir)
    const [account] = await must(again, 'listAccounts', {})
    expect(account).toMatchObject({ name: 'Lenta', phoneCodes: null })
  })
})
