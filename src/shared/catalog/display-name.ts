import { localName, type CatalogEntry } from './catalog-values'

/**
 * What an account is called on screen, in a report or an archive's file names: the
 * catalog entry's name in the language while the account still carries the entry's
 * English name; a name the user typed stays.
 */
export function displayName(
  account: { name: string; catalogId: string | null },
  entry: Pick<CatalogEntry, 'name' | 'names'> | undefined,
  language: string
): string {
  if (!entry || !account.catalogId || account.name !== entry.name) return account.name
  return localName(entry, language)
}
