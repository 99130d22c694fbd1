import type { Case } from '../../../shared/domain/case'
import { EMPTY_CHECKLIST } from '../../../shared/domain/case-values'

/**
 * What the number form edits: the number's fields as they are, or a new Russian MTS number
 * planned for cancellation in a store. Empty texts rather than nulls, as the inputs hold them.
 */
export function caseDraft(c: Case | null) {
  return {
    number: c?.number ?? '',
    country: c?.country ?? 'RU',
    carrier: (c ? c.carrier || null : 'mts') as string | null,
    cancellationDate: c?.cancellationDate ?? null,
    reference: c?.reference ?? '',
    channel: (c?.channel ?? 'store') as 'store' | 'online' | null,
    status: c?.status ?? ('planned' as Case['status']),
    notes: c?.notes ?? '',
    checklist: { ...(c?.checklist ?? EMPTY_CHECKLIST) },
    reassignDays: c?.reassignDays ?? null,
    keepProofsUntil: c?.keepProofsUntil ?? null,
    lastUseDate: c?.lastUseDate ?? null,
    replacementNumber: c?.replacementNumber ?? '',
    holderForeignCitizen: c?.holderForeignCitizen ?? false,
    holderName: c?.holderName ?? '',
    departureDate: c?.departureDate ?? null,
    keptAbroad: c?.keptAbroad ?? false
  }
}

export type CaseDraft = ReturnType<typeof caseDraft>
