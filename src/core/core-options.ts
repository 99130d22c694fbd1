import type { Readable } from 'node:stream'
import type { AppInfo } from '../shared/domain/app-info'
import type { ArchiveHost } from './archive/archive-service'
import type { ArchiveLimits } from './archive/scan-archive'
import type { DEFAULT_KDF } from './crypto/key-file'
import type { ProofHost } from './proofs/proof-handlers'

export interface CoreOptions {
  dataDir: string
  mode: AppInfo['mode']
  version: string
  now?: () => Date
  /** What the surrounding app offers: dialogs and the system viewer in Electron. */
  host?: ArchiveHost & ProofHost & LifeHost
  maxProofBytes?: number
  archiveLimits?: Partial<ArchiveLimits>
  /** scrypt cost for a new passphrase; tests use a cheaper one. */
  kdf?: typeof DEFAULT_KDF
  /** Recent events the store keeps before older ones move to a segment (HISTORY_TAIL). */
  historyTail?: number
  /** The heap one import's reader may use, in MB (IMPORT_HEAP_MB); tests use a small one. */
  importHeapMb?: number
  /** Hears problems that do not stop the app (a skipped snapshot); stderr when absent. */
  warn?: (message: string) => void
}

/** Electron's safeStorage, when it is backed by a real keyring. */
export interface PassphraseKeeper {
  available: () => boolean
  save: (passphrase: string) => Promise<void>
  load: () => Promise<string | null>
  clear: () => Promise<void>
}

/** How the app around the core ends itself or moves to another folder. */
export interface LifeHost {
  quit?: () => void
  /** Asks for a folder and restarts on it; false when the user cancels. */
  chooseDataFolder?: () => Promise<boolean>
  keeper?: PassphraseKeeper
}

/** A vault file as the renderer shows it (web mode's /proofs/<id>, Electron's app://). */
export interface ProofFile {
  mediaType: string
  name: string
  size: number
  /**
   * The plain bytes, decrypted on the way when the vault file is sealed: a preview
   * never writes a plain copy to disk. Each call opens a new stream.
   */
  open: () => Promise<Readable>
}
