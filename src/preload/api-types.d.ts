import type { Api } from '../shared/contract'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in web mode. */
    unlinker?: Api
    /** Electron only: the path of a File the user chose or dropped. */
    unlinkerFiles?: { pathOf: (file: File) => string }
  }
}

export {}
