import { join } from 'node:path'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { buildApi } from '../../../src/shared/build-api'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

/**
 * The renderer's stores with the real core underneath: the api they call is the one the
 * preload builds, handed the core's own `call` instead of IPC. Nothing of ours is replaced.
 */
let core: UnlinkerCore
const carrier = {
  to: null as UnlinkerCore | null,
  /** Every method the renderer sent, in order. */
  sent: [] as string[],
  send: (name: string, input: unknown) => {
    if (!carrier.to) throw new Error('no core')
    carrier.sent.push(name)
    return carrier.to.call(name, input)
  }
}

type Stores = {
  useCasesStore: typeof import('../../../src/renderer/src/stores/cases').useCasesStore
  useAccountsStore: typeof import('../../../src/renderer/src/stores/accounts').useAccountsStore
  useIdleLock: typeof import('../../../src/renderer/src/security/idle-lock').useIdleLock
  setIdleMinutes: typeof import('../../../src/renderer/src/security/idle-lock').setIdleMinutes
}
let s: Stores

beforeAll(async () => {
  // Set before the api module loads: it picks the preload's api when there is one.
  window.unlinker = buildApi((name, input) => carrier.send(name, input))
  const cases = await import('../../../src/renderer/src/stores/cases')
  const accounts = await import('../../../src/renderer/src/stores/accounts')
  const idle = await import('../../../src/renderer/src/security/idle-lock')
  s = {
    useCasesStore: cases.useCasesStore,
    useAccountsStore: accounts.useAccountsStore,
    useIdleLock: idle.useIdleLock,
    setIdleMinutes: idle.setIdleMinutes
  }
})

beforeEach(async () => {
  core = await openCore(join(await tempDir(), 'data'), undefined, {
    mode: 'electron',
    kdf: { N: 1024, r: 8, p: 1 }
  })
  carrier.to = core
  carrier.sent.length = 0
  localStorage.clear()
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the stores against the real core', () => {
  it('a number and an account created through the stores are in the core', async () => {
    const cases = s.useCasesStore()
    expect(await cases.create({ number: '+7 912 345-67-89' })).toBeNull()
    expect(cases.selected?.number).toBe('+79123456789')
    const accounts = s.useAccountsStore()
    await accounts.load()
    const caseId = cases.selected!.id
    expect(await accounts.create({ name: 'Sber', caseId })).toBeNull()
    expect(accounts.accounts.map((a) => a.name)).toEqual(['Sber'])
    expect((await must(core, 'listAccounts', {})).map((a) => a.name)).toEqual(['Sber'])
  })

  it('a refused call changes nothing, in the store or in the core', async () => {
    const cases = s.useCasesStore()
    await cases.create({ number: '+7 912 345-67-89' })
    const before = JSON.stringify(cases.cases)
    const error = await cases.create({ number: 'not a number' })
    expect(error).toMatchObject({ code: 'invalidInput' })
    expect(JSON.stringify(cases.cases)).toBe(before)
    expect(await must(core, 'listCases', {})).toHaveLength(1)

    const accounts = s.useAccountsStore()
    await accounts.load()
    const refused = await accounts.create({ name: '', caseId: cases.selected!.id })
    expect(refused).toMatchObject({ code: 'invalidInput' })
    expect(accounts.accounts).toEqual([])
    expect(await must(core, 'listAccounts', {})).toEqual([])
  })

  it('locks an encrypted app after the chosen idle minutes, and not before', async () => {
    await must(core, 'enableEncryption', { passphrase: 'correct horse battery' })
    s.setIdleMinutes(5)
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const reloads: number[] = []
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => {
      reloads.push(Date.now())
    })
    const active = ref(true)
    const wrapper = mount(
      defineComponent({
        setup() {
          s.useIdleLock(active)
          return () => h('div')
        }
      })
    )
    // Input keeps it open: a key pressed at four minutes restarts the count.
    vi.advanceTimersByTime(4 * 60_000)
    window.dispatchEvent(new KeyboardEvent('keydown'))
    vi.advanceTimersByTime(4 * 60_000)
    // The lock is asked for synchronously when its time has come: not yet.
    expect(carrier.sent).not.toContain('lock')
    vi.advanceTimersByTime(60_000)
    expect(carrier.sent.filter((name) => name === 'lock')).toHaveLength(1)
    await vi.waitFor(async () =>
      expect((await must(core, 'getAppInfo', {})).encryption).toBe('locked')
    )
    await vi.waitFor(() => expect(reloads).toHaveLength(1))
    wrapper.unmount()
    reload.mockRestore()
  })
})
