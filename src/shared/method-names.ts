/**
 * Every renderer→main method by name, without the schemas: the renderer builds its api
 * from this list and so does not carry zod. contract.ts fails to compile unless its
 * methods are exactly these.
 */
export const METHOD_NAMES = [
  'getAppInfo',
  'listCases',
  'createCase',
  'updateCase',
  'deleteCase',
  'checkNumber',
  'listAccounts',
  'createAccount',
  'updateAccount',
  'setAccountStatus',
  'deleteAccount',
  'restoreAccount',
  'addFromCatalog',
  'searchCatalog',
  'getCatalogEntries',
  'getThirdPartyNotices',
  'tickStep',
  'addCustomStep',
  'removeCustomStep',
  'listPeople',
  'createPerson',
  'updatePerson',
  'deletePerson',
  'restorePerson',
  'listProofs',
  'attachProof',
  'updateProof',
  'deleteProof',
  'openProof',
  'discardUpload',
  'startExport',
  'startVerify',
  'startRestore',
  'getJob',
  'cancelJob',
  'unlock',
  'lock',
  'enableEncryption',
  'finishEncryption',
  'changePassphrase',
  'recoverFromSnapshot',
  'recoverEmpty',
  'chooseDataFolder',
  'quitApp',
  'discoverAccounts',
  'startDiscoverAccounts',
  'addDiscovered',
  'discoverContacts',
  'startDiscoverContacts',
  'addPeople',
  'loadExampleData',
  'removeExampleData',
  'listHistory',
  'listReminders',
  'getCalendar',
  'getCancellationGuide',
  'getGuidance',
  'pendingNotifications',
  'markRemindersNotified',
  'getPreferences',
  'setPreferences'
] as const
export type MethodName = (typeof METHOD_NAMES)[number]

/** The IPC channel of a method: one channel per method, never a generic one. */
export function channelOf(name: MethodName): string {
  return `unlinker:${name}`
}
