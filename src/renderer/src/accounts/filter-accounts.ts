import type { Account, Category, Status } from '../../../shared/domain/account'
import type { CatalogEntry } from '../../../shared/catalog/catalog-values'
import { toRaw } from 'vue'
import { fold } from '../../../shared/text/fold'

export { fold }

export interface AccountFilter {
  text: string
  categories: Category[]
  statuses: Status[]
  /** The numbers (case ids) to show; none: every number. */
  caseIds?: string[]
}

/** The catalog entry behind an account's catalogId, where the renderer has it. */
export type EntryLookup = (id: string) => CatalogEntry | undefined

/**
 * Folded name and notes per account object. An edit replaces the object, so a stale
 * entry is never read; folding 10,000 accounts on every keystroke is what this saves.
 */
const folded = new WeakMap<object, string>()
function searchable(account: Account): string {
  const raw = toRaw(account)
  let text = folded.get(raw)
  if (text === undefined) {
    text = `${fold(account.name)}\u0000${fold(account.notes)}`
    folded.set(raw, text)
  }
  return text
}

/**
 * Every name, alias and domain of a catalog entry, folded, once per entry object: "сбер",
 * "sber" and "sberbank.ru" all find the account made from Sber, whatever it is called.
 */
const foldedEntries = new WeakMap<object, string>()
function entryText(entry: CatalogEntry): string {
  const raw = toRaw(entry)
  let text = foldedEntries.get(raw)
  if (text === undefined) {
    const names = [entry.name, entry.names.ru, entry.names['zh-CN'], ...entry.aliases]
    text = fold([...names, ...entry.domains].filter(Boolean).join('\u0000'))
    foldedEntries.set(raw, text)
  }
  return text
}

function matches(account: Account, needle: string, entryOf: EntryLookup | undefined): boolean {
  if (searchable(account).includes(needle)) return true
  const entry = account.catalogId && entryOf ? entryOf(account.catalogId) : undefined
  return entry !== undefined && entryText(entry).includes(needle)
}

/**
 * The accounts a search and the filters leave, in their stored order. With `entryOf`,
 * the search also covers the names, aliases and domains of each account's catalog entry.
 * `statusOf` answers the status to filter by (an account just marked unlinked keeps its
 * place under its old status until the user moves on).
 */
export function filterAccounts(
  accounts: readonly Account[],
  filter: AccountFilter,
  entryOf?: EntryLookup,
  statusOf: (account: Account) => Status = (a) => a.status
): Account[] {
  const needle = fold(filter.text.trim())
  const categories = new Set(filter.categories)
  const statuses = new Set(filter.statuses)
  const numbers = new Set(filter.caseIds ?? [])
  return accounts.filter(
    (a) =>
      (numbers.size === 0 || numbers.has(a.caseId)) &&
      (categories.size === 0 || categories.has(a.category)) &&
      (statuses.size === 0 || statuses.has(statusOf(a))) &&
      (needle === '' || matches(a, needle, entryOf))
  )
}

/**
 * Folds every account's text ahead of the first keystroke, a slice per idle moment, so
 * the first search is as quick as the next. Answers a function that stops it.
 */
export function prepareSearch(accounts: readonly Account[], slice = 500): () => void {
  let next = 0
  let handle = 0
  const step = (deadline: IdleDeadline): void => {
    while (next < accounts.length && deadline.timeRemaining() > 1) {
      const end = Math.min(accounts.length, next + slice)
      for (; next < end; next++) searchable(accounts[next] as Account)
    }
    if (next < accounts.length) handle = requestIdleCallback(step)
  }
  handle = requestIdleCallback(step)
  return () => cancelIdleCallback(handle)
}
