import type { Api } from '../shared/contract'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in web mode. */
    unlinker?: Api
  }
}

export {}
