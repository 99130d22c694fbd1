import { watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Account } from '../../../shared/domain/account'
import { useCatalogStore } from '../stores/catalog'
import { displayName } from '../../../shared/catalog/display-name'

/**
 * Fetches the catalog entries behind `accounts` as they change, and answers what to call
 * an account in the app's language (see displayName).
 */
export function useAccountNames(accounts: () => readonly Account[]) {
  const catalog = useCatalogStore()
  const { locale } = useI18n()
  watch(accounts, (list) => void catalog.ensure(list.map((a) => a.catalogId)), {
    immediate: true
  })
  return (account: Pick<Account, 'name' | 'catalogId'>): string =>
    displayName(account, catalog.entry(account.catalogId), locale.value)
}
