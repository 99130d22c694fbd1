/**
 * A plan as `getPlan` answers it and `unlinker plan --json` prints it: every number with its
 * accounts in the order to do them, by ids, codes and dates only (no sentence but the state
 * checks' titles, in the asked language). Types only.
 */
import type { CatalogEntry } from '../catalog/catalog-values'
import type { Status } from './account-values'
import type { Phase } from './phase'
import type { PlanGroup, WorkState } from './plan'
import type { RiskLevel, RiskReason } from './risk'

export interface PlanReportAccount {
  id: string
  /** As the user's list has it. */
  name: string
  /** The catalog's names by language; null for an account added by hand. */
  names: CatalogEntry['names'] | null
  catalogId: string | null
  /** Null once done. */
  risk: RiskLevel | null
  riskReasons: RiskReason[]
  group: PlanGroup
  /** YYYY-MM-DD while a cancellation is planned; today when late. */
  startBy: string | null
  late: boolean
  /** The cancellation day, when it must be done before it. */
  dueBy: string | null
  /** Changing the number needs a code to the old one: true, false, or null (not known). */
  needsOldSim: boolean | null
  holdDaysWithoutOldSim: number | null
  newNumberTrustDays: number | null
  lockedOut: boolean
  status: Status
}

export interface PlanReportAction {
  id: string
  title: string
  startBy: string | null
  late: boolean
  done: boolean
  /** Its answer comes by SMS to the number: only while the SIM works. */
  needsOldSim: boolean
}

export interface PlanReportNumber {
  caseId: string
  /** E.164, or null while the user has not entered it. */
  number: string | null
  country: string
  phase: Phase
  work: WorkState
  /** Planned or done. */
  cancellationDate: string | null
  accounts: PlanReportAccount[]
  /** Ids of the open accounts a cancellation now would lock the user out of. */
  lockedOutIfCancelled: string[]
  stateActions: PlanReportAction[]
}

export interface PlanReport {
  numbers: PlanReportNumber[]
}
