import type { Case } from './case'
import { addYearsTo } from './dates-values'
import { reissueClocks } from './phase'

/** What a case (an old number) can be, without its schemas; case.ts re-exports this. */

export const CASE_STATUSES = ['planned', 'submitted', 'confirmed'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** What the carrier asks for when the number is cancelled. */
export const CHECKLIST_ITEMS = ['passport', 'sim', 'contract', 'address', 'balance'] as const
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number]

/** The first day the carrier may give the number to someone else (an estimate). */
export function reassignDate(
  c: Pick<Case, 'status' | 'cancellationDate' | 'lastUseDate' | 'reassignDays' | 'country'>
): string | null {
  return (
    reissueClocks(c)
      .map((k) => k.reissueFrom)
      .sort()[0] ?? null
  )
}

/** Proofs are kept at least a year after the cancellation unless the user set a date. */
export function keepProofsUntil(
  c: Pick<Case, 'cancellationDate' | 'keepProofsUntil'>
): string | null {
  if (c.keepProofsUntil) return c.keepProofsUntil
  return c.cancellationDate ? addYearsTo(c.cancellationDate, 1) : null
}
