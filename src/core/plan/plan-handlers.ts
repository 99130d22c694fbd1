import { toDateOnly } from '../../shared/domain/dates-values'
import type { Handlers } from '../call/handler-types'
import type { Catalog } from '../catalog/catalog'
import type { Knowledge } from '../knowledge/knowledge'
import type { StoreData } from '../store/schema'
import { planReport } from './plan-report'

/** The plan is derived from the records and the knowledge base each time; nothing stored. */
export function buildPlanHandlers(deps: {
  data: () => StoreData
  now: () => Date
  knowledge: () => Knowledge
  catalog: () => Catalog
}): Pick<Handlers, 'getPlan'> {
  return {
    getPlan: async ({ language }) =>
      planReport(deps.data(), toDateOnly(deps.now()), language, deps.knowledge(), deps.catalog())
  }
}
