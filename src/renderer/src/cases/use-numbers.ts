import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CaseView } from '../../../shared/domain/case'
import { useCasesStore } from '../stores/cases'

/**
 * The user's numbers as the screens name them. With one number nothing about numbers is
 * shown (`several` is false); with more, every account and person says which is theirs.
 */
export function useNumbers() {
  const cases = useCasesStore()
  const { t } = useI18n()

  const several = computed(() => cases.cases.length > 1)

  /** A number as the user reads it: +7 937 123 45 67, else its carrier, else "Number not set". */
  function nameOf(c: Pick<CaseView, 'display' | 'carrier'>): string {
    return c.display || c.carrier || t('case.noNumber')
  }

  /** The number of a case, by its id. */
  function label(caseId: string | null | undefined): string {
    const found = cases.cases.find((c) => c.id === caseId)
    return found ? nameOf(found) : t('numbers.unknown')
  }

  /**
   * A number (E.164) evidence names: the folder's own number or new number as the user
   * wrote it, else the digits as stored (a number since removed from the folder).
   */
  function labelOfNumber(e164: string): string {
    const own = cases.cases.find((c) => c.number === e164)
    if (own) return nameOf(own)
    const replaced = cases.cases.find((c) => c.replacementNumber === e164)
    return replaced?.replacementDisplay || e164
  }

  /** The choices of a number picker: each number with its carrier. */
  const options = computed(() =>
    cases.cases.map((c) => ({
      value: c.id,
      label: c.carrier && c.display ? `${c.display} · ${c.carrier}` : nameOf(c)
    }))
  )

  return { several, label, labelOfNumber, options, cases }
}
