import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { CatalogEntry } from '../../../shared/catalog/catalog-values'
import type { MethodInput, MethodOutput } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import { api } from '../api/client'

/**
 * The catalog entries behind the accounts, by id: the catalog itself stays in main, and
 * the renderer keeps only the entries it has asked for (names, aliases, links, sources).
 */
export const useCatalogStore = defineStore('catalog', () => {
  // Replaced as a whole when entries arrive, so lookups in computed values update.
  const byId = shallowRef<ReadonlyMap<string, CatalogEntry>>(new Map())
  const asked = new Set<string>()

  /** Fetches the entries not yet known or asked for, in one call. */
  async function ensure(ids: Iterable<string | null>): Promise<void> {
    const missing = [...new Set(ids)].filter(
      (id): id is string => id !== null && !asked.has(id) && !byId.value.has(id)
    )
    if (missing.length === 0) return
    for (const id of missing) asked.add(id)
    const result = await api.getCatalogEntries({ ids: missing })
    if (!result.ok) {
      for (const id of missing) asked.delete(id)
      return
    }
    remember(result.data)
  }

  /** Keeps entries already at hand (a picker's search results, for example). */
  function remember(entries: readonly CatalogEntry[]): void {
    if (entries.length === 0) return
    const next = new Map(byId.value)
    for (const entry of entries) next.set(entry.id, entry)
    byId.value = next
  }

  function entry(id: string | null | undefined): CatalogEntry | undefined {
    return id ? byId.value.get(id) : undefined
  }

  /** One page of a search; the picker keeps the pages it shows, this keeps no results. */
  const search = (
    query: MethodInput<'searchCatalog'>
  ): Promise<Result<MethodOutput<'searchCatalog'>>> => api.searchCatalog(query)

  return { byId, ensure, remember, entry, search }
})
