import type { Case } from './case'
import { addYearsTo } from './dates-values'
import type { ProofKind } from './proof-values'
import { reissueClocks, type CountryClocks } from './phase'

/** What a case (an old number) can be, without its schemas; case.ts re-exports this. */

export const CASE_STATUSES = ['planned', 'submitted', 'confirmed'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/**
 * The items a visit to the carrier's store can have, in the order it happens: each
 * country's knowledge file lists its own (the default where it has none).
 */
export const STORE_CHECKLIST = [
  'call',
  'passport',
  'sim',
  'contract',
  'address',
  'form',
  'identity',
  'balance',
  'agreement',
  'receipt'
] as const

/** Cancelling without going in: mostly through a representative with a power of attorney. */
export const ONLINE_CHECKLIST = [
  'route',
  'attorney',
  'representative',
  'balance',
  'request',
  'agreement',
  'receipt'
] as const

/**
 * Items only some countries' checklists have: a Chinese citizen shows the 身份证 (identity
 * card) where others show a passport.
 */
export const COUNTRY_ITEMS = ['idCard'] as const

export type ChecklistItem =
  | (typeof STORE_CHECKLIST)[number]
  | (typeof ONLINE_CHECKLIST)[number]
  | (typeof COUNTRY_ITEMS)[number]
/** Every item any checklist has; an item in both (the receipt) is one tick. */
export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  ...new Set<ChecklistItem>([...STORE_CHECKLIST, ...COUNTRY_ITEMS, ...ONLINE_CHECKLIST])
]
export type ChecklistTicks = Record<ChecklistItem, boolean>

export const EMPTY_CHECKLIST: Readonly<ChecklistTicks> = Object.freeze(
  Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, false])) as ChecklistTicks
)

/**
 * The checklist a case follows: online when it is cancelled online, else the store visit
 * as its country has it.
 */
export function checklistFor(
  channel: Case['channel'],
  storeChecklist: readonly ChecklistItem[] = STORE_CHECKLIST
): readonly ChecklistItem[] {
  return channel === 'online' ? ONLINE_CHECKLIST : storeChecklist
}

/** Items whose tick means a paper to keep: ticking them offers to attach it as a proof. */
export const PROOF_ITEMS = {
  agreement: 'agreement',
  receipt: 'receipt'
} as const satisfies Partial<Record<ChecklistItem, ProofKind>>

/** The first day the carrier may give the number to someone else (an estimate). */
export function reassignDate(
  c: Pick<Case, 'status' | 'cancellationDate' | 'lastUseDate' | 'reassignDays'>,
  clocks: CountryClocks
): string | null {
  return (
    reissueClocks(c, clocks)
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
