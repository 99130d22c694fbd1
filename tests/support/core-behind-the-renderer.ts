import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import type { UnlinkerCore } from '../../src/core/unlinker-core'
import { buildApi } from '../../src/shared/build-api'
import { openCore } from './open-core'
import { tempDir } from './temp-dir'

/**
 * The renderer's api with the real core underneath: the one the preload builds, handed
 * the core's own `call` instead of IPC. Install it before the api module loads (it picks
 * the preload's api when there is one), then point it at each test's core.
 */
export const coreBehind = {
  core: null as UnlinkerCore | null,
  /** Every method the renderer sent, in order. */
  sent: [] as string[]
}

export function installPreloadApi(): void {
  window.unlinker = buildApi((name, input) => {
    if (!coreBehind.core) throw new Error('no core behind the renderer')
    coreBehind.sent.push(name)
    return coreBehind.core.call(name, input)
  })
}

/**
 * A fresh core on a temp folder (or the one given) behind the renderer, with a cheap key derivation (tests
 * turn encryption on), and fresh stores and local storage.
 */
export async function freshCoreBehind(dataDir?: string): Promise<UnlinkerCore> {
  const core = await openCore(dataDir ?? join(await tempDir(), 'data'), undefined, {
    mode: 'electron',
    kdf: { N: 1024, r: 8, p: 1 }
  })
  coreBehind.core = core
  localStorage.clear()
  setActivePinia(createPinia())
  return core
}
