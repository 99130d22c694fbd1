import type { Account } from '../../../shared/domain/account'
import { STATUSES } from '../../../shared/domain/account-values'
import type { FactsOf } from '../../../shared/domain/plan'
import type { AccountSort } from '../../../shared/domain/preferences-values'
import { RISK_LEVELS, riskOf } from '../../../shared/domain/risk'

export interface SortLabels {
  /** What the table shows as the account's name (its catalog name in the app's language). */
  name: (account: Account) => string
  category: (category: string) => string
  locale: string
  /** The status to place the account by (see filterAccounts); its own by default. */
  status?: (account: Account) => Account['status']
  /** Its service's facts, which the risk counts (sign-in for others, money). */
  facts?: FactsOf
}

/**
 * The rows in the chosen order, as a new array; null keeps the order they were added in.
 * Names and categories sort as the app's language sorts words; risk from critical to
 * none, status in the order the work goes, dates from oldest. Ties go by name, so the
 * order is the same at every load. Each row's key is computed once, not per comparison:
 * 10,000 accounts sort in a few milliseconds.
 */
export function sortAccounts(
  rows: readonly Account[],
  sort: AccountSort | null,
  labels: SortLabels
): Account[] {
  if (!sort) return [...rows]
  const collator = new Intl.Collator(labels.locale, { sensitivity: 'base', numeric: true })
  const keyed = rows.map((account) => ({
    account,
    name: labels.name(account),
    key: keyOf(account, sort.key, labels)
  }))
  const sign = sort.direction === 'asc' ? 1 : -1
  keyed.sort((a, b) => {
    const byKey =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key))
    return sign * byKey || collator.compare(a.name, b.name)
  })
  return keyed.map((k) => k.account)
}

function keyOf(account: Account, key: AccountSort['key'], labels: SortLabels): string | number {
  switch (key) {
    case 'name':
      return labels.name(account)
    case 'category':
      return labels.category(account.category)
    case 'risk': {
      // A done account has no risk: it comes after the low ones.
      const risk = riskOf(
        { ...account, status: labels.status?.(account) ?? account.status },
        labels.facts?.(account.catalogId)
      )
      return risk === null ? RISK_LEVELS.length : RISK_LEVELS.indexOf(risk)
    }
    case 'status':
      return STATUSES.indexOf(labels.status?.(account) ?? account.status)
    case 'updated':
      // ISO timestamps sort as text; the collator would read their digits as numbers.
      return Date.parse(account.updatedAt)
  }
}
