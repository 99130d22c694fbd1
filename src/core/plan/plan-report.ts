import { planNumber } from '../../shared/domain/plan'
import type { PlanReport, PlanReportNumber } from '../../shared/domain/plan-report'
import type { Catalog } from '../catalog/catalog'
import { countryClocks } from '../knowledge/cancellation-guide'
import type { Knowledge } from '../knowledge/knowledge'
import type { StoreData } from '../store/schema'
import { catalogFacts, stateActionTitle, stateActions } from './plan-input'

/** Every number's plan on a day, its state checks titled in a language. */
export function planReport(
  data: StoreData,
  today: string,
  language: string,
  knowledge: Knowledge,
  catalog: Catalog
): PlanReport {
  const factsOf = catalogFacts(catalog)
  return {
    numbers: data.cases.map((c): PlanReportNumber => {
      const plan = planNumber(
        { ...c, clocks: countryClocks(knowledge, c.country) },
        data.accounts,
        today,
        factsOf,
        stateActions(knowledge, c.country)
      )
      return {
        caseId: c.id,
        number: c.number,
        country: c.country,
        phase: plan.phase,
        work: plan.work,
        cancellationDate: c.cancellationDate,
        accounts: plan.items.map((i) => ({
          id: i.account.id,
          name: i.account.name,
          names: (i.account.catalogId && catalog.find(i.account.catalogId)?.names) || null,
          catalogId: i.account.catalogId,
          risk: i.risk,
          riskReasons: i.reasons,
          group: i.group,
          startBy: i.startBy,
          late: i.late,
          dueBy: i.dueBy,
          needsOldSim: i.needsOldSim,
          holdDaysWithoutOldSim: i.holdDays,
          newNumberTrustDays: i.trustDays,
          lockedOut: i.account.lockedOut,
          status: i.account.status
        })),
        lockedOutIfCancelled: plan.lockedOutIfCancelled.map((a) => a.id),
        stateActions: plan.stateActions.map((s) => ({
          id: s.id,
          title: stateActionTitle(knowledge, c.country, s.id, language),
          startBy: s.startBy,
          late: s.late,
          done: s.done,
          needsOldSim: s.needsOldSim
        }))
      }
    })
  }
}
