import { EMPTY_CHECKLIST } from '../src/shared/domain/case-values'
import { DEFAULT_PREFERENCES } from '../src/shared/domain/preferences-values'
import { STORE_VERSION, type StoreData } from '../src/core/store/schema'

const CATEGORIES = ['bank', 'social', 'messenger', 'government', 'email', 'marketplace'] as const

/**
 * A store at the scale of a power user: 10,000 accounts and 100,000 history events, all
 * in the store itself as an older version kept them; the first open moves them out.
 */
export function bigStore(accounts: number, events: number): StoreData {
  const at = '2026-11-01T10:00:00.000Z'
  const caseId = 'case-bench-000001'
  const data: StoreData = {
    schemaVersion: STORE_VERSION,
    cases: [
      {
        id: caseId,
        number: '+79161234567',
        country: 'RU',
        carrier: 'mts',
        cancellationDate: '2026-11-01',
        reference: '',
        channel: 'store',
        status: 'confirmed',
        notes: '',
        checklist: {
          ...EMPTY_CHECKLIST,
          passport: true,
          sim: true,
          contract: true,
          address: true,
          balance: true
        },
        reassignDays: null,
        keepProofsUntil: null,
        lastUseDate: null,
        replacementNumber: null,
        holderForeignCitizen: false,
        holderName: '',
        departureDate: null,
        keptAbroad: false,
        stateActionsDone: [],
        messageLanguages: [],
        createdAt: at,
        updatedAt: at
      }
    ],
    accounts: [],
    people: [],
    proofs: [],
    history: [],
    historySegments: [],
    notifiedReminders: [],
    preferences: { ...DEFAULT_PREFERENCES }
  }
  for (let i = 0; i < accounts; i++) {
    data.accounts.push({
      id: `account-${String(i).padStart(8, '0')}`,
      name: `Service ${i}`,
      category: CATEGORIES[i % CATEGORIES.length]!,
      usages: ['login', 'sms2fa'],
      phoneCodes: null,
      lockedOut: false,
      recoversOthers: false,
      settingsUrl: `https://service-${i}.example/settings`,
      notes: 'Uses the old number for SMS codes and account recovery.',
      status: 'todo',
      caseId,
      catalogId: null,
      playbook: 'generic',
      replacement: null,
      ticked: [],
      customSteps: [],
      createdAt: at,
      updatedAt: at
    })
  }
  for (let i = 0; i < events; i++) {
    data.history.push({
      id: `event-${String(i).padStart(10, '0')}`,
      at,
      entity: 'account',
      entityId: `account-${String(i % accounts).padStart(8, '0')}`,
      label: `Service ${i % accounts}`,
      action: 'updated',
      changes: { status: { from: 'todo', to: 'inProgress' } }
    })
  }
  return data
}
