/** Something the user must be told at start, such as a store that was kept aside. */
export interface StartupNotice {
  kind: 'storeKeptAside'
  /** Where the unreadable file now is. */
  path: string
  /** Why it could not be used, in plain words. */
  reason: string
}

export interface AppInfo {
  version: string
  mode: 'electron' | 'web'
  dataDir: string
  storePath: string
  notices: StartupNotice[]
}
