import { useDialog } from 'naive-ui'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { toDateOnly } from '../../../shared/domain/dates-values'
import { criticalLeft as criticalLeftOf, planNumber } from '../../../shared/domain/plan'
import { useAccountNames } from '../catalog/use-account-names'
import { usePlanFacts } from '../plan/use-plan-facts'
import { useAccountsStore } from '../stores/accounts'
import { useCasesStore } from '../stores/cases'

/**
 * Marking a planned number cancelled while critical accounts still use it asks first:
 * once it is, their codes stop reaching the user. The dialog names those accounts in the
 * plan's order.
 */
export function useCancelConfirmation(caseId: () => string | null): {
  confirm: (fallbackNumber: string, go: () => void) => void
} {
  const { t } = useI18n()
  const cases = useCasesStore()
  const accounts = useAccountsStore()
  const dialog = useDialog()
  const factsOf = usePlanFacts()
  const owner = computed(() => cases.cases.find((c) => c.id === caseId()))
  const criticalLeft = computed(() =>
    owner.value
      ? criticalLeftOf(planNumber(owner.value, accounts.accounts, toDateOnly(new Date()), factsOf))
      : []
  )
  const nameOf = useAccountNames(() => criticalLeft.value)

  function confirm(fallbackNumber: string, go: () => void): void {
    const left = criticalLeft.value
    if (left.length === 0) return go()
    dialog.warning({
      title: t('case.confirmCancel.title'),
      content: t(
        'case.confirmCancel.body',
        {
          count: left.length,
          number: owner.value?.display ?? fallbackNumber,
          names: left.map(nameOf).join(t('common.listSeparator'))
        },
        left.length
      ),
      positiveText: t('case.confirmCancel.confirm'),
      negativeText: t('case.confirmCancel.keep'),
      onPositiveClick: () => go()
    })
  }
  return { confirm }
}
