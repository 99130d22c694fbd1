import { ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Account } from '../../../shared/domain/account'
import type { Guidance } from '../../../shared/domain/guidance'
import { api } from '../api/client'
import { useCasesStore } from '../stores/cases'

/**
 * An account's guidance, asked of main in the window's language and asked again whenever
 * the account, its case or the language changes. Main holds the texts; the window never
 * bundles them.
 */
export function useGuidance(account: () => Account | null): {
  guidance: Ref<Guidance | null>
  error: Ref<string | null>
} {
  const { locale } = useI18n()
  const cases = useCasesStore()
  const guidance = ref<Guidance | null>(null)
  const error = ref<string | null>(null)
  let asked = 0

  async function load(): Promise<void> {
    const a = account()
    if (!a) return
    const mine = ++asked
    const result = await api.getGuidance({ accountId: a.id, language: locale.value })
    if (mine !== asked) return
    if (result.ok) {
      guidance.value = result.data
      error.value = null
    } else error.value = result.error.message
  }

  watch(
    () => {
      const a = account()
      const owner = a ? cases.cases.find((c) => c.id === a.caseId) : undefined
      return [a?.id, a?.updatedAt, owner?.updatedAt, locale.value]
    },
    load,
    { immediate: true }
  )
  return { guidance, error }
}
