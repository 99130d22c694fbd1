/**
 * Something the user must be told: a store that was kept aside, a history segment that
 * could not be read (the history shows without its events), a skipped snapshot, or an
 * encryption that could not be finished (some files are still plain).
 */
export interface StartupNotice {
  kind:
    | 'storeKeptAside'
    | 'historyUnreadable'
    | 'snapshotSkipped'
    | 'sealingUnfinished'
    | 'snapshotNotSealed'
  /** Where the file is. */
  path: string
  /** Why it could not be used, in plain words. */
  reason: string
}

export type SnapshotReason = 'daily' | 'pre-migration' | 'pre-restore'

export interface SnapshotInfo {
  name: string
  at: string
  reason: SnapshotReason
}

/**
 * The store could not be used. The app shows only the recovery screen until the user
 * restores a snapshot, starts empty, opens another folder or quits.
 */
export interface Recovery {
  /** The unreadable file, untouched where it is until the user decides. */
  storePath: string
  /** The name it is kept under once the user decides. */
  keptAside: string
  /** Why it could not be used, in plain words. */
  reason: string
  /** Good copies to go back to, newest first. */
  snapshots: SnapshotInfo[]
}

export interface AppInfo {
  /** off; on (unlocked); locked (enter the passphrase to see anything). */
  encryption: 'off' | 'on' | 'locked'
  /**
   * Encryption is on but its sealing of the folder was cut short (a full disk): some
   * files may still be plain until it is finished (finishEncryption, or the next unlock).
   */
  encryptionUnfinished: boolean
  /** The system keyring can remember the passphrase (Electron, not the plain-text backend). */
  canRemember: boolean
  version: string
  mode: 'electron' | 'web'
  dataDir: string
  storePath: string
  notices: StartupNotice[]
  recovery: Recovery | null
  /** Electron can switch folders itself; web mode needs a restart with --data. */
  canChooseFolder: boolean
}
