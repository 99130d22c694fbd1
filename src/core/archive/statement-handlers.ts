import type { Handlers } from '../call/handler-types'
import type { Catalog } from '../catalog/catalog'
import { DomainError } from '../errors'
import type { Knowledge } from '../knowledge/knowledge'
import type { StoreData } from '../store/schema'
import { statementOf } from './statements'

/** The statement of cancellation for the app's print view: the same as in an archive. */
export function buildStatementHandlers(deps: {
  data: () => StoreData
  now: () => Date
  knowledge: () => Knowledge
  catalog: () => Catalog
}): Pick<Handlers, 'getStatement'> {
  return {
    getStatement: async ({ caseId, language }) => {
      const statement = statementOf(caseId, {
        data: deps.data(),
        knowledge: deps.knowledge(),
        catalog: deps.catalog,
        language,
        now: deps.now()
      })
      if (!statement) throw new DomainError('notFound', 'This number is no longer in the list.')
      return statement
    }
  }
}
