import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { CATEGORIES, STATUSES } from '../../../shared/domain/account-values'
import { RISK_LEVELS } from '../../../shared/domain/risk'
import { ACTIONS_WIDTH, columnWidths, useRowLabels } from './row-labels'

// The checkbox and usages columns are fixed; the short ones are measured in the current
// language; the name takes the rest, down to the least it may shrink to before the table
// scrolls sideways.
const CHECK_WIDTH = 44
const USAGES_WIDTH = 130
const NAME_MIN_WIDTH = 110

/**
 * The inventory's column widths in the current language and window. Below 1100 px the
 * usages column gives its room to the name (each account's page lists them) and dates
 * are written in digits. The number column shows only when there are several numbers.
 */
export function useTableColumns(
  table: Ref<HTMLElement | null>,
  /** The numbers' labels when the number column shows (several numbers), else none. */
  numberLabels: () => string[]
) {
  const { t } = useI18n()
  const labels = useRowLabels()
  const family = ref('sans-serif')
  const narrow = ref(false)
  let narrowQuery: MediaQueryList | null = null
  const onNarrow = (): void => {
    narrow.value = narrowQuery?.matches ?? false
  }
  onMounted(() => {
    if (table.value) family.value = getComputedStyle(table.value).fontFamily
    narrowQuery = window.matchMedia('(max-width: 1100px)')
    onNarrow()
    narrowQuery.addEventListener('change', onNarrow)
  })
  onBeforeUnmount(() => narrowQuery?.removeEventListener('change', onNarrow))

  const widths = computed(() =>
    columnWidths(
      {
        category: CATEGORIES.map((c) => labels.value.category(c)),
        risk: [...RISK_LEVELS.map((r) => labels.value.risk(r)), labels.value.noRisk],
        status: STATUSES.map((s) => t(`status.${s}`)),
        date: (narrow.value ? labels.value.shortDate : labels.value.date)('2026-09-28T12:00:00Z'),
        number: numberLabels()
      },
      family.value
    )
  )
  const minWidth = computed(
    () =>
      CHECK_WIDTH +
      widths.value.number +
      widths.value.category +
      widths.value.risk +
      (narrow.value ? 0 : USAGES_WIDTH) +
      widths.value.status +
      widths.value.updated +
      ACTIONS_WIDTH +
      NAME_MIN_WIDTH
  )
  const columns = computed(() => (narrow.value ? 7 : 8) + (numberLabels().length ? 1 : 0))
  return { narrow, widths, minWidth, columns, actionsWidth: ACTIONS_WIDTH }
}
