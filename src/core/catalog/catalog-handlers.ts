import { readFile } from 'node:fs/promises'
import type { Handlers } from '../call/handler-types'
import { resourceFile } from '../resource-file'
import type { Catalog } from './catalog'

type CatalogMethods = 'searchCatalog' | 'getCatalogEntries' | 'getThirdPartyNotices'

/** The catalog is read and searched here, so the renderer never carries it. */
export function buildCatalogHandlers(catalog: () => Catalog): Pick<Handlers, CatalogMethods> {
  return {
    searchCatalog: async (query) => catalog().search(query),
    getCatalogEntries: async ({ ids }) => {
      const c = catalog()
      return [...new Set(ids)].flatMap((id) => c.find(id) ?? [])
    },
    getThirdPartyNotices: async () => ({
      text: await readFile(resourceFile('THIRD-PARTY-NOTICES.md'), 'utf8')
    })
  }
}
