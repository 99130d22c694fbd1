import type { Case } from './case'
import { defaultReassignDays } from './carriers'
import { addDaysTo, addYearsTo } from './dates-values'

/** What a case (an old number) can be, without its schemas; case.ts re-exports this. */

export const CASE_STATUSES = ['planned', 'submitted', 'confirmed'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** What the carrier asks for when the number is cancelled. */
export const CHECKLIST_ITEMS = ['passport', 'sim', 'contract', 'address', 'balance'] as const
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number]

/** The day after which the carrier may give the number to someone else (an estimate). */
export function reassignDate(
  c: Pick<Case, 'cancellationDate' | 'carrier' | 'reassignDays'>
): string | null {
  if (!c.cancellationDate) return null
  return addDaysTo(c.cancellationDate, c.reassignDays ?? defaultReassignDays(c.carrier))
}

/** Proofs are kept at least a year after the cancellation unless the user set a date. */
export function keepProofsUntil(
  c: Pick<Case, 'cancellationDate' | 'keepProofsUntil'>
): string | null {
  if (c.keepProofsUntil) return c.keepProofsUntil
  return c.cancellationDate ? addYearsTo(c.cancellationDate, 1) : null
}
