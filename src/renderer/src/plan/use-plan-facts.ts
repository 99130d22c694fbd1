import type { FactsOf } from '../../../shared/domain/plan'
import { useCatalogStore } from '../stores/catalog'

/**
 * The knowledge base's plan facts of the accounts' services, from the catalog entries the
 * window has asked main for (see useAccountNames): a service's risk and place in the plan
 * use the same facts here as on the command line.
 */
export function usePlanFacts(): FactsOf {
  const catalog = useCatalogStore()
  return (id) => catalog.entry(id)?.plan
}
