import { shell } from 'electron'
import type { ProofHost } from '../core/proofs/proof-handlers'

/**
 * The system's viewer and file manager, for the core's openProof: it hands over only a
 * copy it named itself, and decides which of the two a proof gets.
 */
export const systemViewer: Required<ProofHost> = {
  openPath: async (path) => {
    const failure = await shell.openPath(path)
    if (failure) throw new Error(failure)
  },
  showInFolder: async (path) => shell.showItemInFolder(path)
}
