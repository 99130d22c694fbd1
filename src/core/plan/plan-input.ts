import type { FactsOf, StateAction } from '../../shared/domain/plan'
import type { PlanningInput } from '../../shared/domain/reminders'
import { appCatalog, type Catalog } from '../catalog/catalog'
import { guidanceLanguage, textIn } from '../guidance/guidance-texts'
import { appKnowledge, type Knowledge } from '../knowledge/knowledge'

/** The plan facts of the catalog's entries, by catalog id. */
export function catalogFacts(catalog: Catalog = appCatalog()): FactsOf {
  return (id) => (id ? catalog.find(id)?.plan : undefined)
}

/** The state checks a country's knowledge puts in the plan before a cancellation. */
export function stateActions(knowledge: Knowledge, country: string): StateAction[] {
  return (knowledge.countries.get(country)?.stateChecks ?? [])
    .filter((s) => s.plan)
    .map((s) => ({ id: s.id, needsOldSim: s.needsOldSim === 'yes' }))
}

/** A state check's short title in a language; its id when the country no longer has it. */
export function stateActionTitle(
  knowledge: Knowledge,
  country: string,
  id: string,
  language: string
): string {
  const found = knowledge.countries.get(country)?.stateChecks.find((s) => s.id === id)
  return found?.plan ? textIn(found.plan.title, guidanceLanguage(language)) : id
}

/** What the plan of a number of a country needs beyond its records. */
export function planningInput(
  country: string,
  knowledge: Knowledge = appKnowledge()
): PlanningInput {
  return { factsOf: catalogFacts(), stateActions: stateActions(knowledge, country) }
}
