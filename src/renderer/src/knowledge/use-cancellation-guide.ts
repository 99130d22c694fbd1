import { ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CancellationGuide } from '../../../shared/knowledge/cancellation-guide'
import { api } from '../api/client'

/**
 * What the knowledge base says about cancelling a number of a country with a carrier,
 * asked of main in the window's language and asked again when either or the language
 * changes. Main holds the facts and their three languages; the window never bundles them.
 */
export function useCancellationGuide(
  numberOf: () => { country: string; carrier: string; holderForeignCitizen?: boolean } | null
): {
  guide: Ref<CancellationGuide | null>
  error: Ref<string | null>
} {
  const { locale } = useI18n()
  const guide = ref<CancellationGuide | null>(null)
  const error = ref<string | null>(null)
  let asked = 0

  async function load(): Promise<void> {
    const number = numberOf()
    if (!number) return
    const mine = ++asked
    const result = await api.getCancellationGuide({
      country: number.country,
      carrier: number.carrier,
      language: locale.value,
      foreignCitizen: number.holderForeignCitizen ?? false
    })
    if (mine !== asked) return
    if (result.ok) {
      guide.value = result.data
      error.value = null
    } else error.value = result.error.message
  }

  watch(
    () => {
      const number = numberOf()
      return [number?.country, number?.carrier, number?.holderForeignCitizen, locale.value]
    },
    load,
    { immediate: true }
  )
  return { guide, error }
}
