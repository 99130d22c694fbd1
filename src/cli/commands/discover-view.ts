// What `unlinker discover` found and did, and its --json form for scripts.
import type { CaseView } from '../../shared/domain/case'
import type { Discovery } from '../../shared/domain/discovery'
import {
  NOT_MINE,
  type ImportChoices,
  type ImportPlan,
  type PlannedCandidate,
  type TrackedOnNumber
} from '../../shared/domain/import-plan'

/** What --apply changed: accounts added, and tracked ones now recording the login. */
export interface Applied {
  added: Array<{ id: string; name: string; catalogId: string | null; number: string | null }>
  loginRecorded: Array<{ accountId: string; name: string }>
}

export interface View {
  discovery: Discovery
  plan: ImportPlan
  cases: readonly CaseView[]
  likely: PlannedCandidate[]
  tracked: TrackedOnNumber[]
  unrecorded: TrackedOnNumber[]
  applied: Applied | null
}

/** The services that would be new accounts: those already on their number are joined. */
export const newServices = (plan: ImportPlan): PlannedCandidate[] =>
  plan.candidates.filter((c) => !c.trackedHere)

/** Entries for services already on their number: logins, or messages in a backup. */
export function alreadyTracked(plan: ImportPlan): number {
  return plan.candidates
    .filter((c) => c.trackedHere)
    .reduce((n, c) => n + (c.sms ? c.sms.messages : c.evidence.logins), 0)
}

/** The result for scripts: names, domains, catalog facts, numbers and counts; no item names. */
export function asJson(view: View, choices: ImportChoices): unknown {
  const { discovery: found, plan, cases, tracked, applied } = view
  const numberOf = new Map(cases.map((c) => [c.id, c.number]))
  const services = newServices(plan)
  return {
    format: found.format,
    // A generic CSV says which columns it was read by: its own headers.
    ...(found.columns ? { columns: found.columns } : {}),
    services: services.map((c) => ({
      name: c.name,
      names: c.names,
      catalogId: c.catalogId,
      category: c.category,
      domains: c.domains,
      roles: c.roles,
      usages: c.usages,
      smsOrCall: c.smsOrCall,
      // The folder's numbers its logins or messages showed; true when there is one.
      numbers: c.numbers,
      usesOldNumber: c.numbers.length > 0,
      logins: c.evidence.logins,
      ...(c.onNewNumber.length ? { onNewNumber: c.onNewNumber } : {}),
      ...(c.alsoOn.length
        ? { alsoOn: [...new Set(c.alsoOn.map((a) => numberOf.get(a.caseId) ?? null))] }
        : {}),
      // From a message export: its SIM, counts, days and sender names, never a body or a code.
      ...(c.sms ? { sim: c.sim, sms: c.sms } : {})
    })),
    // People are counted, never listed: their numbers and names stay on this machine.
    ...(found.sms
      ? {
          messages: {
            read: found.sms.messages,
            received: found.sms.received,
            people: found.sms.people.length,
            unknownSenders: plan.unknownSenders.map(({ key: _key, target: _target, ...u }) => u)
          },
          sims: found.sms.sims.map(({ subId, messages, first, last, senders }) => ({
            subId,
            messages,
            first,
            last,
            senders
          }))
        }
      : {}),
    trackedOnOldNumber: tracked,
    counts: {
      services: services.length,
      matched: services.filter((c) => c.catalogId).length,
      smsOrCall: services.filter((c) => c.smsOrCall).length,
      usesOldNumber: services.filter((c) => c.numbers.length > 0).length,
      alreadyTracked: alreadyTracked(plan),
      trackedOnOldNumber: tracked.length,
      skipped: found.skipped
    },
    /** What the file held: items read, logins, and what was left out and why. */
    read: found.counts,
    /** Where entries without evidence go, and each SIM's number, as given. */
    choices: {
      number: choices.caseId ? (numberOf.get(choices.caseId) ?? null) : null,
      sims: Object.fromEntries(
        Object.entries(choices.sims).map(([id, to]) => [
          id,
          to === NOT_MINE ? NOT_MINE : (numberOf.get(to) ?? null)
        ])
      )
    },
    applied
  }
}
