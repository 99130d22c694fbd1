import { computed, shallowRef, type Ref } from 'vue'
import type { Case } from '../../../shared/domain/case'
import type { ChecklistTicks } from '../../../shared/domain/case-values'
import type { AppError } from '../../../shared/result'
import { useCasesStore } from '../stores/cases'

/**
 * A number's checklist ticks, shown at once and saved one save at a time. Each save sends
 * the whole checklist, so a tick made while an earlier one is still being saved must go out
 * after it and include it: otherwise the later save, built from the checklist before the
 * first answer, would untick what was just ticked (two quick ticks at the store kept one).
 */
export function useChecklistTicks(current: Ref<Case | null>, onError: (e: AppError) => void) {
  const cases = useCasesStore()
  /** Ticks not yet saved, with the number they belong to. */
  const pending = shallowRef<{ caseId: string; ticks: ChecklistTicks } | null>(null)
  let queue: Promise<void> = Promise.resolve()

  async function flush(caseId: string): Promise<void> {
    const sent = pending.value
    if (!sent || sent.caseId !== caseId) return
    const error = await cases.update(caseId, { checklist: sent.ticks })
    if (error) {
      // What main kept is shown again.
      if (pending.value?.caseId === caseId) pending.value = null
      onError(error)
      return
    }
    if (pending.value === sent) pending.value = null
  }

  return computed<ChecklistTicks>({
    get: () => {
      const c = current.value
      if (!c) throw new Error('no number chosen')
      return pending.value?.caseId === c.id ? pending.value.ticks : c.checklist
    },
    set: (ticks) => {
      const c = current.value
      if (!c) return
      pending.value = { caseId: c.id, ticks }
      queue = queue.then(() => flush(c.id))
    }
  })
}
