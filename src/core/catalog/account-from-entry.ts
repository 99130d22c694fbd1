import type { CatalogEntry } from '../../shared/catalog/catalog-values'
import type { AccountDraft } from '../../shared/domain/account'

/**
 * What an account made from a catalog entry starts with. Its settings link is a page
 * where the number or security settings are changed, never just the website. When the
 * service can send codes by SMS or call and its roles do not already say the account
 * gets them, the account asks the user (high risk until answered).
 */
export function draftFromEntry(
  entry: CatalogEntry
): Pick<
  AccountDraft,
  'name' | 'category' | 'usages' | 'settingsUrl' | 'catalogId' | 'playbook' | 'phoneCodes'
> {
  const asks = entry.smsOrCall && !entry.roles.includes('sms2fa')
  return {
    name: entry.name,
    category: entry.category,
    usages: [...entry.roles],
    settingsUrl: entry.links.phoneSettings ?? entry.links.changePassword ?? null,
    catalogId: entry.id,
    playbook: entry.playbook,
    phoneCodes: asks ? 'unknown' : null
  }
}
