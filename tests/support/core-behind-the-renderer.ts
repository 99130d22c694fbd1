import type { UnlinkerCore } from '../../src/main/core/unlinker-core'
import { buildApi } from '../../src/shared/build-api'

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
