import type { MethodName, MethodOutput, ParsedInput } from '../shared/contract'
import type { AppInfo } from '../shared/domain/app-info'
import type { Case, CaseView } from '../shared/domain/case'
import type { HistoryEvent } from '../shared/domain/history'
import { formatPhone, normalisePhone } from '../shared/domain/phone'
import type { AccountRules } from './accounts/account-rules'
import { addFromCatalog } from './accounts/add-from-catalog'
import type { Catalog } from './catalog/catalog'
import type { CaseRules } from './cases/case-rules'
import type { PeopleRules } from './people/people-rules'
import type { StoreData } from './store/schema'

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> }

export interface HandlerContext {
  data: () => StoreData
  info: () => AppInfo
  cases: CaseRules
  accounts: AccountRules
  people: PeopleRules
  /** Runs a change in memory, then persists it once; the answer waits for the disk. */
  mutate: <T>(change: () => T) => Promise<T>
  /** Every event, reading older segments from disk the first time. */
  history: () => Promise<HistoryEvent[]>
  catalog: () => Catalog
}

/** Methods that live in their own files (vault and archive, example data). */
type ElsewhereMethods =
  | 'listProofs'
  | 'attachProof'
  | 'updateProof'
  | 'deleteProof'
  | 'openProof'
  | 'discardUpload'
  | 'startExport'
  | 'startVerify'
  | 'startRestore'
  | 'getJob'
  | 'cancelJob'
  | 'loadExampleData'
  | 'removeExampleData'
  | 'discoverAccounts'
  | 'startDiscoverAccounts'
  | 'addDiscovered'
  | 'discoverContacts'
  | 'startDiscoverContacts'
  | 'addPeople'
  | 'searchCatalog'
  | 'getCatalogEntries'
  | 'getThirdPartyNotices'
  | 'listReminders'
  | 'getCalendar'
  | 'getGuidance'
  | 'pendingNotifications'
  | 'markRemindersNotified'
  | 'getPreferences'
  | 'setPreferences'
  | 'unlock'
  | 'lock'
  | 'enableEncryption'
  | 'changePassphrase'
  | 'recoverFromSnapshot'
  | 'recoverEmpty'
  | 'chooseDataFolder'
  | 'quitApp'

/** A case with its number formatted, so the renderer needs no phone metadata. */
function caseView(c: Case): CaseView {
  return {
    ...c,
    display: formatPhone(c.number),
    replacementDisplay: formatPhone(c.replacementNumber)
  }
}

/** The contract's methods, each one line over the rules. */
export function buildHandlers(ctx: HandlerContext): Omit<Handlers, ElsewhereMethods> {
  const { data, cases, accounts, people, mutate } = ctx
  return {
    getAppInfo: async () => ctx.info(),

    listCases: async () => data().cases.map(caseView),
    createCase: async (draft) => caseView(await mutate(() => cases.create(draft))),
    updateCase: async ({ id, patch }) => caseView(await mutate(() => cases.update(id, patch))),
    deleteCase: async ({ id }) => caseView(await mutate(() => cases.delete(id))),
    checkNumber: async ({ number, country }) => {
      const parsed = normalisePhone(number, country)
      return { valid: parsed !== undefined, number: parsed ?? null }
    },

    listAccounts: async () => data().accounts,
    createAccount: (draft) => mutate(() => accounts.create(draft)),
    updateAccount: ({ id, patch }) => mutate(() => accounts.update(id, patch)),
    setAccountStatus: ({ ids, status }) => mutate(() => accounts.setStatus(ids, status)),
    deleteAccount: ({ id }) => mutate(() => accounts.delete(id)),
    restoreAccount: ({ account }) => mutate(() => accounts.restore(account)),
    addFromCatalog: ({ caseId, catalogIds }) =>
      mutate(() => addFromCatalog(data(), ctx.catalog(), { accounts, cases }, caseId, catalogIds)),
    tickStep: ({ id, stepId, ticked }) => mutate(() => accounts.tickStep(id, stepId, ticked)),
    addCustomStep: ({ id, title }) => mutate(() => accounts.addCustomStep(id, title)),
    removeCustomStep: ({ id, stepId }) => mutate(() => accounts.removeCustomStep(id, stepId)),

    listPeople: async () => data().people,
    createPerson: (draft) => mutate(() => people.create(draft)),
    updatePerson: ({ id, patch }) => mutate(() => people.update(id, patch)),
    deletePerson: ({ id }) => mutate(() => people.delete(id)),
    restorePerson: ({ person }) => mutate(() => people.restore(person)),

    listHistory: async ({ entityId, entity, limit }) => {
      const keep = (e: HistoryEvent): boolean =>
        (!entityId || e.entityId === entityId) && (!entity || e.entity === entity)
      // The store's own recent events often answer alone; older segments only when not.
      // An entity's events begin with its creation: once that is found, none are older.
      const recent = newestFirst(data().history, limit, keep)
      const whole =
        recent.length === limit ||
        (entityId !== undefined && recent.some((e) => e.action === 'created'))
      if (whole) return recent
      return newestFirst(await ctx.history(), limit, keep)
    }
  }
}

function newestFirst(
  events: HistoryEvent[],
  limit: number,
  keep: (e: HistoryEvent) => boolean
): HistoryEvent[] {
  const out: HistoryEvent[] = []
  for (let i = events.length - 1; i >= 0 && out.length < limit; i--) {
    const event = events[i]!
    if (keep(event)) out.push(event)
  }
  return out
}
