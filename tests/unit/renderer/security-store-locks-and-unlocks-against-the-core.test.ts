import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { freshCoreBehind, installPreloadApi } from '../../support/core-behind-the-renderer'
import { fillDisk } from '../../support/full-disk'
import { must } from '../../support/open-core'

type Stores = {
  useSecurityStore: typeof import('../../../src/renderer/src/stores/security').useSecurityStore
  useAppStore: typeof import('../../../src/renderer/src/stores/app').useAppStore
  useCasesStore: typeof import('../../../src/renderer/src/stores/cases').useCasesStore
}
let s: Stores
let core: UnlinkerCore

beforeAll(async () => {
  installPreloadApi()
  s = {
    useSecurityStore: (await import('../../../src/renderer/src/stores/security')).useSecurityStore,
    useAppStore: (await import('../../../src/renderer/src/stores/app')).useAppStore,
    useCasesStore: (await import('../../../src/renderer/src/stores/cases')).useCasesStore
  }
})

beforeEach(async () => {
  core = await freshCoreBehind()
})

const encryptionInCore = async () => (await must(core, 'getAppInfo', {})).encryption

describe('the security store against the real core', () => {
  it('turns encryption on, locks, refuses a wrong passphrase without a change, unlocks with the right one', async () => {
    const app = s.useAppStore()
    const security = s.useSecurityStore()
    await app.load()
    const cases = s.useCasesStore()
    expect(await cases.create({ number: '+7 912 345-67-89' })).toBeNull()
    expect(security.encryption).toBe('off')

    expect(await security.enable('correct horse battery')).toBeNull()
    expect(security.encryption).toBe('on')
    expect(await encryptionInCore()).toBe('on')

    expect(await security.lock()).toBeNull()
    expect(security.encryption).toBe('locked')
    expect(await encryptionInCore()).toBe('locked')
    // Locked, the core answers no data.
    expect(await core.call('listCases', {})).toMatchObject({ ok: false })

    const before = JSON.stringify(app.info)
    const refused = await security.unlock('wrong horse battery', false)
    expect(refused).toMatchObject({ code: 'wrongPassphrase' })
    expect(JSON.stringify(app.info)).toBe(before)
    expect(security.encryption).toBe('locked')
    expect(await encryptionInCore()).toBe('locked')

    expect(await security.unlock('correct horse battery', false)).toBeNull()
    expect(security.encryption).toBe('on')
    expect((await must(core, 'listCases', {})).map((c) => c.number)).toEqual(['+79123456789'])
  })

  it('shows an encryption cut short by a full disk as unfinished, and finishing clears it', async () => {
    const app = s.useAppStore()
    const security = s.useSecurityStore()
    await app.load()
    expect(await s.useCasesStore().create({ number: '+7 912 345-67-89' })).toBeNull()
    const { dataDir } = await must(core, 'getAppInfo', {})
    const restore = fillDisk(join(dataDir, 'snapshots'))
    expect(await security.enable('correct horse battery')).toMatchObject({
      code: 'storeUnavailable'
    })
    // Encryption is on, and the page knows it is not finished.
    expect(security.encryption).toBe('on')
    expect(security.unfinished).toBe(true)
    expect(await security.finish()).toMatchObject({ code: 'storeUnavailable' })
    restore()
    expect(await security.finish()).toBeNull()
    expect(security.unfinished).toBe(false)
    expect(await must(core, 'getAppInfo', {})).toMatchObject({ encryptionUnfinished: false })
  })

  it('changes the passphrase only with the current one; the old one then no longer unlocks', async () => {
    const app = s.useAppStore()
    const security = s.useSecurityStore()
    await app.load()
    expect(await security.enable('correct horse battery')).toBeNull()

    const before = JSON.stringify(app.info)
    const refused = await security.changePassphrase('not the passphrase', 'a new long passphrase')
    expect(refused).toMatchObject({ code: 'wrongPassphrase' })
    expect(JSON.stringify(app.info)).toBe(before)

    expect(
      await security.changePassphrase('correct horse battery', 'a new long passphrase')
    ).toBeNull()
    expect(await security.lock()).toBeNull()
    expect(await security.unlock('correct horse battery', false)).toMatchObject({
      code: 'wrongPassphrase'
    })
    expect(security.encryption).toBe('locked')
    expect(await security.unlock('a new long passphrase', false)).toBeNull()
    expect(security.encryption).toBe('on')
  })

  it('refuses a too short passphrase and leaves encryption off', async () => {
    const app = s.useAppStore()
    const security = s.useSecurityStore()
    await app.load()
    const before = JSON.stringify(app.info)
    expect(await security.enable('short')).toMatchObject({ code: 'invalidInput' })
    expect(JSON.stringify(app.info)).toBe(before)
    expect(security.encryption).toBe('off')
    expect(await encryptionInCore()).toBe('off')
  })
})
