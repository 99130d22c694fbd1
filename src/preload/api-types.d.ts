import type { Api } from '../shared/contract'
import type { AppCommand } from '../shared/commands'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in web mode. */
    unlinker?: Api
    /** Electron only: the path of a File the user chose or dropped. */
    unlinkerFiles?: { pathOf: (file: File) => string }
    /** Electron only: commands chosen in the application menu. */
    unlinkerMenu?: { onCommand: (listener: (command: AppCommand) => void) => void }
  }
}

export {}
