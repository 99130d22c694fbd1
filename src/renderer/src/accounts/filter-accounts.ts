import type { Account, Category, Status } from '../../../shared/domain/account'
import { fold } from '../../../shared/text/fold'

export { fold }

export interface AccountFilter {
  text: string
  categories: Category[]
  statuses: Status[]
}

/** The accounts a search and the filters leave, in their stored order. */
export function filterAccounts(accounts: readonly Account[], filter: AccountFilter): Account[] {
  const needle = fold(filter.text.trim())
  const categories = new Set(filter.categories)
  const statuses = new Set(filter.statuses)
  return accounts.filter(
    (a) =>
      (categories.size === 0 || categories.has(a.category)) &&
      (statuses.size === 0 || statuses.has(a.status)) &&
      (needle === '' || fold(a.name).includes(needle) || fold(a.notes).includes(needle))
  )
}
