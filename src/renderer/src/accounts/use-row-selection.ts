import { computed } from 'vue'
import type { Account } from '../../../shared/domain/account'

/**
 * The ticked rows of a table, as ids: the header box ticks or clears the rows shown
 * (a filtered list) and leaves ticks on hidden rows alone.
 */
export function useRowSelection(
  rows: () => Account[],
  checked: () => string[],
  update: (ids: string[]) => void
) {
  const checkedSet = computed(() => new Set(checked()))
  const shownIds = computed(() => rows().map((a) => a.id))
  const checkedShown = computed(
    () => shownIds.value.filter((id) => checkedSet.value.has(id)).length
  )
  const allChecked = computed(() => rows().length > 0 && checkedShown.value === rows().length)
  const someChecked = computed(() => checkedShown.value > 0 && !allChecked.value)

  function setChecked(ids: string[], on: boolean): void {
    const next = new Set(checked())
    for (const id of ids) {
      if (on) next.add(id)
      else next.delete(id)
    }
    update([...next])
  }
  const toggle = (account: Account, on: boolean): void => setChecked([account.id], on)
  const toggleAll = (on: boolean): void => setChecked(shownIds.value, on)

  return { checkedSet, allChecked, someChecked, toggle, toggleAll }
}
