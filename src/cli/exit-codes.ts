/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  /** Another running copy holds the data folder. */
  locked: 3,
  /**
   * verify: the archive was read, and something in it is missing, extra or altered;
   * export: written without the proofs whose files could not be read (it names them).
   */
  notIntact: 4,
  /** The file is not an archive we can read, or is unsafe to unpack. */
  badArchive: 5,
  /** The data folder's store cannot be read: `unlinker recover` decides what to do. */
  needsRecovery: 6,
  /** The folder is encrypted and UNLINKER_PASSPHRASE is missing or wrong. */
  encrypted: 7,
  interrupted: 130
} as const
