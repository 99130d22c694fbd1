import { playbookForCategory, type Category } from '../../shared/domain/account'
import { EMPTY_CHECKLIST } from '../../shared/domain/case-values'
import { addedDay } from '../../shared/domain/proof'
import { DEFAULT_PREFERENCES } from '../../shared/domain/preferences-values'
import { STORE_VERSION } from './schema'

type Json = Record<string, unknown>
/** migrations[v] turns a version-v store into a version-(v+1) store. */
const migrations: Array<(data: Json) => Json> = [
  // 0 → 1: the first unversioned layout had `url` instead of `settingsUrl`, no usages,
  // no updatedAt and no history.
  (data) => ({
    schemaVersion: 1,
    accounts: asArray(data.accounts).map((raw) => {
      const account = asObject(raw)
      const { url, ...rest } = account
      return {
        usages: [],
        notes: '',
        ...rest,
        settingsUrl: typeof url === 'string' && url !== '' ? url : (rest.settingsUrl ?? null),
        updatedAt: rest.updatedAt ?? rest.createdAt
      }
    }),
    history: []
  }),
  // 1 → 2: cases (old numbers), people, proofs and guided steps. Accounts of a version-1
  // store join one case whose number the user fills in later.
  (data) => {
    const accounts = asArray(data.accounts).map(asObject)
    const at = accounts.map((a) => String(a.createdAt)).sort()[0] ?? new Date().toISOString()
    const caseId = 'case-from-version-1'
    return {
      schemaVersion: 2,
      cases:
        accounts.length === 0
          ? []
          : [{ ...PLACEHOLDER_CASE, id: caseId, createdAt: at, updatedAt: at }],
      accounts: accounts.map((account) => ({
        ...account,
        caseId,
        catalogId: null,
        playbook: playbookForCategory(account.category as Category),
        replacement: null,
        ticked: [],
        customSteps: []
      })),
      people: [],
      proofs: [],
      history: asArray(data.history)
    }
  },
  // 2 → 3: older history moves out of the store into segments; every event starts in
  // the store and the first save moves the older ones.
  (data) => ({ ...data, schemaVersion: 3, historySegments: [] }),
  // 3 → 4: accounts record whether they get codes by SMS or call (none was asked before)
  // and whether the user is locked out; cases record the last use and the new number;
  // no reminder has been notified yet.
  (data) => ({
    notifiedReminders: [],
    ...data,
    schemaVersion: 4,
    // The checklist covers the whole store visit and online cancellation now: the five
    // ticks are kept and every new item starts not done.
    cases: asArray(data.cases).map((raw) => {
      const c = asObject(raw)
      const checklist = c.checklist === undefined ? {} : asObject(c.checklist)
      return {
        lastUseDate: null,
        replacementNumber: null,
        ...c,
        checklist: { ...EMPTY_CHECKLIST, ...checklist }
      }
    }),
    accounts: asArray(data.accounts).map((raw) => ({
      phoneCodes: null,
      lockedOut: false,
      ...asObject(raw)
    }))
  }),
  // 4 → 5: the language, theme and table sort move from the window's own storage (lost
  // whenever web mode's address changed) into the data folder; each starts at its default.
  (data) => ({ preferences: DEFAULT_PREFERENCES, ...data, schemaVersion: 5 }),
  // 5 → 6: accounts may hold the evidence discovery found (messages, saved logins). No
  // account has any yet; the new version keeps an older Unlinker, which would drop the
  // evidence it does not know on its next save, from opening the store.
  (data) => ({ ...data, schemaVersion: 6 }),
  // 6 → 7: a number may be marked as registered to a foreign citizen; none was.
  (data) => ({
    ...data,
    schemaVersion: 7,
    cases: asArray(data.cases).map((raw) => ({ holderForeignCitizen: false, ...asObject(raw) }))
  }),
  // 7 → 8: a proof has the date on the document besides the day it was added; what was
  // added before has its day of adding for both, as the archive named it.
  (data) => ({
    ...data,
    schemaVersion: 8,
    proofs: asArray(data.proofs).map((raw) => withDocumentDate(asObject(raw)))
  }),
  // 8 → 9: a number records its holder's name for the statement of cancellation; none
  // was given.
  (data) => ({
    ...data,
    schemaVersion: 9,
    cases: asArray(data.cases).map((raw) => ({ holderName: '', ...asObject(raw) }))
  }),
  // 9 → 10: evidence names the number it came from, an account may hold duplicates merged
  // into it, and history records merges. Every account and person stays on the number
  // (caseId) it already has; nothing is guessed. As before, the new version keeps an older
  // Unlinker, which would drop what it does not know on its next save, from opening it.
  (data) => ({ ...data, schemaVersion: 10 }),
  // 10 → 11: a number may have a departure date, be kept alive abroad and have state checks
  // done; an account may be marked as the recovery address of others. None was.
  (data) => ({
    ...data,
    schemaVersion: 11,
    cases: asArray(data.cases).map((raw) => ({
      departureDate: null,
      keptAbroad: false,
      stateActionsDone: [],
      ...asObject(raw)
    })),
    accounts: asArray(data.accounts).map((raw) => ({ recoversOthers: false, ...asObject(raw) }))
  }),
  // 11 → 12: a person may have the languages their message is written in; none had, so
  // each is told in the language of the number they know.
  (data) => ({
    ...data,
    schemaVersion: 12,
    people: asArray(data.people).map((raw) => ({ messageLanguages: [], ...asObject(raw) }))
  }),
  // 12 → 13: a number keeps the languages of its people's shared message; none had, so
  // it is written in the language of the number's country.
  (data) => ({
    ...data,
    schemaVersion: 13,
    cases: asArray(data.cases).map((raw) => ({ messageLanguages: [], ...asObject(raw) }))
  })
]

/** A proof recorded before document dates: dated the day it was added. */
function withDocumentDate(proof: Json): Json {
  if (typeof proof.documentDate === 'string') return proof
  return { ...proof, documentDate: addedDay(String(proof.addedAt)) }
}

/** A case for accounts that existed before cases did: the user enters its number later. */
export const PLACEHOLDER_CASE = {
  number: null,
  country: 'RU',
  carrier: '',
  cancellationDate: null,
  reference: '',
  channel: null,
  status: 'planned',
  notes: '',
  checklist: EMPTY_CHECKLIST,
  reassignDays: null,
  keepProofsUntil: null,
  lastUseDate: null,
  replacementNumber: null,
  holderForeignCitizen: false,
  holderName: '',
  departureDate: null,
  keptAbroad: false,
  stateActionsDone: [],
  messageLanguages: []
} as const

export class NewerStoreError extends Error {
  constructor(readonly version: number) {
    super(
      `the store was written by a newer Unlinker (data version ${version}; this one knows ${STORE_VERSION})`
    )
  }
}

/** Brings parsed JSON of any known version up to the current one; validation comes after. */
export function migrate(raw: unknown): { data: unknown; from: number } {
  const data = asObject(raw)
  const from = data.schemaVersion === undefined ? 0 : data.schemaVersion
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    throw new Error('the store has no valid schemaVersion')
  }
  if (from > STORE_VERSION) throw new NewerStoreError(from)
  let current = data
  for (let version = from; version < STORE_VERSION; version++) {
    const step = migrations[version]
    if (!step) throw new Error(`no migration from data version ${version}`)
    current = step(current)
  }
  return { data: current, from }
}

function asObject(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('the store is not a JSON object')
  }
  return value as Json
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new Error('expected a list')
  return value
}
