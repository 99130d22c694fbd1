import { fold } from '../text/fold'
import { CHINESE_PLATFORMS } from './chinese-platforms'
import type { CatalogEntry } from './entry'
import { INTERNATIONAL } from './international'
import { MESSENGERS } from './messengers'
import { RUSSIAN_BANKS } from './russian-banks'
import { RUSSIAN_SERVICES } from './russian-services'

export type { CatalogEntry } from './entry'

/** The built-in services a user can pick from. */
export const CATALOG: readonly CatalogEntry[] = [
  ...RUSSIAN_BANKS,
  ...RUSSIAN_SERVICES,
  ...MESSENGERS,
  ...CHINESE_PLATFORMS,
  ...INTERNATIONAL
]

const BY_ID = new Map(CATALOG.map((e) => [e.id, e]))

export function findCatalogEntry(id: string): CatalogEntry | undefined {
  return BY_ID.get(id)
}

/** Entries whose name, alias or domain contains the query, in any script. */
export function searchCatalog(query: string): CatalogEntry[] {
  const needle = fold(query.trim())
  if (needle === '') return [...CATALOG]
  return CATALOG.filter((e) =>
    [e.name, ...e.aliases, ...e.domains].some((text) => fold(text).includes(needle))
  )
}
