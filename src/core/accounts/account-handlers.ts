import type { Handlers } from '../call/handler-types'
import type { CaseRules } from '../cases/case-rules'
import type { Catalog } from '../catalog/catalog'
import type { StoreData } from '../store/schema'
import { addFromCatalog } from './add-from-catalog'
import { mergeAccounts, undoMerge } from './account-merge'
import type { AccountRules } from './account-rules'

type AccountMethods =
  | 'listAccounts'
  | 'createAccount'
  | 'updateAccount'
  | 'setAccountStatus'
  | 'deleteAccount'
  | 'restoreAccount'
  | 'deleteAccounts'
  | 'restoreAccounts'
  | 'moveAccounts'
  | 'mergeAccounts'
  | 'undoMerge'
  | 'addFromCatalog'
  | 'tickStep'
  | 'addCustomStep'
  | 'removeCustomStep'

/** The accounts: each method one line over the rules. */
export function buildAccountHandlers(deps: {
  data: () => StoreData
  cases: CaseRules
  accounts: AccountRules
  catalog: () => Catalog
  now: () => Date
  mutate: <T>(change: () => T) => Promise<T>
}): Pick<Handlers, AccountMethods> {
  const { data, cases, accounts, catalog, now, mutate } = deps
  return {
    listAccounts: async () => data().accounts,
    createAccount: (draft) => mutate(() => accounts.create(draft)),
    updateAccount: ({ id, patch }) => mutate(() => accounts.update(id, patch)),
    setAccountStatus: ({ ids, status }) => mutate(() => accounts.setStatus(ids, status)),
    deleteAccount: ({ id }) => mutate(() => accounts.delete(id)),
    restoreAccount: ({ account }) => mutate(() => accounts.restore(account)),
    deleteAccounts: ({ ids }) => mutate(() => accounts.deleteMany(ids)),
    restoreAccounts: ({ accounts: list }) => mutate(() => accounts.restoreMany(list)),
    moveAccounts: ({ ids, caseId }) => mutate(() => accounts.move(ids, caseId)),
    mergeAccounts: ({ keepId, otherIds }) =>
      mutate(() => mergeAccounts(data(), now(), keepId, otherIds)),
    undoMerge: (undo) => mutate(() => undoMerge(data(), now(), undo)),
    addFromCatalog: ({ caseId, catalogIds }) =>
      mutate(() => addFromCatalog(data(), catalog(), { accounts, cases }, caseId, catalogIds)),
    tickStep: ({ id, stepId, ticked }) => mutate(() => accounts.tickStep(id, stepId, ticked)),
    addCustomStep: ({ id, title }) => mutate(() => accounts.addCustomStep(id, title)),
    removeCustomStep: ({ id, stepId }) => mutate(() => accounts.removeCustomStep(id, stepId))
  }
}
