import type { Case, CaseView } from '../../shared/domain/case'
import { formatPhone, normalisePhone } from '../../shared/domain/phone'
import type { Handlers } from '../call/handler-types'
import { caseKnowledge } from '../knowledge/cancellation-guide'
import { appKnowledge } from '../knowledge/knowledge'
import type { StoreData } from '../store/schema'
import type { CaseRules } from './case-rules'

type CaseMethods = 'listCases' | 'createCase' | 'updateCase' | 'deleteCase' | 'checkNumber'

/**
 * A case with its number formatted, so the renderer needs no phone metadata, and with its
 * country's clocks, carrier name and store checklist, so it needs no knowledge files.
 */
export function caseView(c: Case): CaseView {
  return {
    ...c,
    display: formatPhone(c.number),
    replacementDisplay: formatPhone(c.replacementNumber),
    ...caseKnowledge(appKnowledge(), c)
  }
}

/** The numbers (cases): each method one line over the rules. */
export function buildCaseHandlers(deps: {
  data: () => StoreData
  cases: CaseRules
  mutate: <T>(change: () => T) => Promise<T>
}): Pick<Handlers, CaseMethods> {
  const { data, cases, mutate } = deps
  return {
    listCases: async () => data().cases.map(caseView),
    createCase: async (draft) => caseView(await mutate(() => cases.create(draft))),
    updateCase: async ({ id, patch }) => caseView(await mutate(() => cases.update(id, patch))),
    deleteCase: async ({ id }) => caseView(await mutate(() => cases.delete(id))),
    checkNumber: async ({ number, country }) => {
      const parsed = normalisePhone(number, country)
      return { valid: parsed !== undefined, number: parsed ?? null }
    }
  }
}
