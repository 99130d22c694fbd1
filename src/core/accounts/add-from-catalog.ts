import type { Account } from '../../shared/domain/account'
import { draftFromEntry } from '../catalog/account-from-entry'
import type { Catalog } from '../catalog/catalog'
import type { CaseRules } from '../cases/case-rules'
import { DomainError } from '../errors'
import type { StoreData } from '../store/schema'
import type { AccountRules } from './account-rules'

/**
 * Creates the accounts a user ticked in the catalog picker, in one action. Entries the
 * case already has are skipped, so ticking a service twice never makes a duplicate.
 */
export function addFromCatalog(
  data: StoreData,
  catalog: Catalog,
  rules: { accounts: AccountRules; cases: CaseRules },
  caseId: string | undefined,
  catalogIds: string[]
): Account[] {
  const entries = [...new Set(catalogIds)].map((id) => {
    const entry = catalog.find(id)
    if (!entry) throw new DomainError('notFound', `The catalog has no service "${id}".`)
    return entry
  })
  const target = caseId ? rules.cases.find(caseId).id : rules.cases.defaultCaseId()
  const present = new Set(data.accounts.filter((a) => a.caseId === target).map((a) => a.catalogId))
  return entries
    .filter((entry) => !present.has(entry.id))
    .map((entry) => rules.accounts.create({ ...draftFromEntry(entry), caseId: target }))
}
