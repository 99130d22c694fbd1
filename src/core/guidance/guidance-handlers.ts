import { toDateOnly } from '../../shared/domain/dates-values'
import { DomainError } from '../errors'
import type { Handlers } from '../call/handler-types'
import type { StoreData } from '../store/schema'
import { resolveGuidance } from './resolve-guidance'

/** Guidance is derived each time from the account, its case and today's date. */
export function buildGuidanceHandlers(deps: {
  data: () => StoreData
  now: () => Date
}): Pick<Handlers, 'getGuidance'> {
  return {
    getGuidance: async ({ accountId, language }) => {
      const data = deps.data()
      const account = data.accounts.find((a) => a.id === accountId)
      if (!account) throw new DomainError('notFound', 'This account no longer exists.')
      const owner = data.cases.find((c) => c.id === account.caseId)
      return resolveGuidance({ account, owner, today: toDateOnly(deps.now()), language })
    }
  }
}
