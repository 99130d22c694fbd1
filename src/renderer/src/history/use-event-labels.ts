import { computed, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { displayName } from '../../../shared/catalog/display-name'
import type { HistoryEvent } from '../../../shared/domain/history'
import { useAccountsStore } from '../stores/accounts'
import { useCatalogStore } from '../stores/catalog'

/**
 * What an event names, in the app's language: an account made from the catalog by its
 * service's name in that language, as on the accounts page, even once it is deleted (its
 * creation recorded the catalog entry); anything else by the name it had then.
 */
export function useEventLabels(events: () => readonly HistoryEvent[]) {
  const accounts = useAccountsStore()
  const catalog = useCatalogStore()
  const { locale } = useI18n()
  const catalogIdOf = computed(() => {
    const ids = new Map<string, string>()
    for (const event of events()) {
      const made = event.changes?.catalogId?.to
      if (event.entity === 'account' && typeof made === 'string') ids.set(event.entityId, made)
    }
    for (const account of accounts.accounts)
      if (account.catalogId) ids.set(account.id, account.catalogId)
    return ids
  })
  watch(catalogIdOf, (ids) => void catalog.ensure(ids.values()), { immediate: true })
  return (event: HistoryEvent): string => {
    if (event.entity !== 'account') return event.label
    const catalogId = catalogIdOf.value.get(event.entityId) ?? null
    return displayName({ name: event.label, catalogId }, catalog.entry(catalogId), locale.value)
  }
}
