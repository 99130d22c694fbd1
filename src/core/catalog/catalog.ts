import type { CatalogEntry, CatalogPage, RegionFilter } from '../../shared/catalog/catalog-values'
import type { Category } from '../../shared/domain/account-values'
import { fold } from '../../shared/text/fold'
import { normalHost } from '../knowledge/hosts'
import { appKnowledge, type Knowledge } from '../knowledge/knowledge'
import { readGeneratedLayer } from './generated-layer'
import { mergeLayers } from './merge-layers'
import { entryFromService } from './service-entry'

export interface CatalogQuery {
  text?: string
  category?: Category
  region?: RegionFilter
  /** Only services that can send codes by SMS or a call. */
  smsOnly?: boolean
  offset?: number
  limit?: number
}

/**
 * The merged catalog with its look-ups, read only. Only the id look-up is built at once:
 * showing an inventory needs nothing else, and the folded search text and the domain and
 * name indexes are made the first time a search or a match asks for them.
 */
export class Catalog {
  readonly entries: readonly CatalogEntry[]
  private readonly byId = new Map<string, CatalogEntry>()
  private indexes:
    | {
        byDomain: Map<string, CatalogEntry>
        byFoldedName: Map<string, CatalogEntry>
        /** Every name, alias and domain of an entry, folded, NUL-separated. */
        haystacks: string[]
      }
    | undefined

  constructor(entries: readonly CatalogEntry[]) {
    this.entries = entries
    for (const e of entries) this.byId.set(e.id, e)
  }

  private indexed(): NonNullable<Catalog['indexes']> {
    if (this.indexes) return this.indexes
    const byDomain = new Map<string, CatalogEntry>()
    const byFoldedName = new Map<string, CatalogEntry>()
    const haystacks = this.entries.map((e) =>
      fold(
        [e.name, e.names.ru ?? '', e.names['zh-CN'] ?? '', ...e.aliases, ...e.domains].join('\0')
      )
    )
    for (const e of this.entries) {
      // Curated entries come first, so their claim on a domain or a name stands.
      for (const d of e.domains) if (!byDomain.has(d)) byDomain.set(d, e)
      for (const n of [e.name, e.names.ru, e.names['zh-CN'], ...e.aliases]) {
        const key = n ? fold(n) : ''
        if (key.length >= 2 && !byFoldedName.has(key)) byFoldedName.set(key, e)
      }
    }
    this.indexes = { byDomain, byFoldedName, haystacks }
    return this.indexes
  }

  find(id: string): CatalogEntry | undefined {
    return this.byId.get(id)
  }

  /** The entry that owns exactly this domain (a host or registrable domain, IDNs in either form). */
  ownerOf(domain: string): CatalogEntry | undefined {
    const { byDomain } = this.indexed()
    return (
      byDomain.get(domain) ??
      (domain.includes('xn--') ? byDomain.get(normalHost(domain)) : undefined)
    )
  }

  /** The entry whose name or alias is exactly this text, folded. */
  named(text: string): CatalogEntry | undefined {
    return this.indexed().byFoldedName.get(fold(text.trim()))
  }

  /**
   * Entries matching every filter and whose names, aliases or domains contain the text:
   * curated first, then names starting with the text, then alphabetical.
   */
  search(query: CatalogQuery): CatalogPage {
    const needle = fold((query.text ?? '').trim())
    const { haystacks } = this.indexed()
    const hits: Array<{ entry: CatalogEntry; rank: number }> = []
    for (let i = 0; i < this.entries.length; i++) {
      const entry = this.entries[i]!
      if (query.category && entry.category !== query.category) continue
      if (query.smsOnly && !entry.smsOrCall) continue
      if (query.region && !inRegion(entry, query.region)) continue
      const hay = haystacks[i]!
      const at = needle === '' ? 0 : hay.indexOf(needle)
      if (at < 0) continue
      const prefix = at === 0 || hay[at - 1] === '\0'
      hits.push({ entry, rank: (entry.curated ? 0 : 2) + (prefix ? 0 : 1) })
    }
    hits.sort((a, b) => a.rank - b.rank || compareNames(a.entry, b.entry))
    const offset = query.offset ?? 0
    const limit = query.limit ?? hits.length
    return { total: hits.length, entries: hits.slice(offset, offset + limit).map((h) => h.entry) }
  }
}

function inRegion(entry: CatalogEntry, region: RegionFilter): boolean {
  return region === 'worldwide' ? entry.regions.length === 0 : entry.regions.includes(region)
}

function compareNames(a: CatalogEntry, b: CatalogEntry): number {
  const x = a.name.toLowerCase()
  const y = b.name.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * The reviewed layer: one entry per service file of the knowledge base, by id. It wins over
 * the data sets wherever both know a service; no two of its entries share a domain or a
 * name (the knowledge check refuses it), so their order decides nothing but listings.
 */
export function curatedEntries(knowledge: Knowledge = appKnowledge()): CatalogEntry[] {
  return knowledge.services.map(entryFromService)
}

/** Which generated entry folds into which curated one: each service file's `foldsIn`. */
export function reviewedFolds(knowledge: Knowledge = appKnowledge()): Map<string, string> {
  return new Map(knowledge.services.flatMap((s) => (s.foldsIn ?? []).map((g) => [g, s.id])))
}

let loaded: Catalog | undefined

/** The app's catalog, read from disk the first time it is needed. */
export function appCatalog(): Catalog {
  const knowledge = appKnowledge()
  loaded ??= new Catalog(
    mergeLayers(
      curatedEntries(knowledge),
      readGeneratedLayer(),
      reviewedFolds(knowledge),
      knowledge.sharedHelpHosts
    )
  )
  return loaded
}

/**
 * Reads the catalog once the event loop is free, so the first search or inventory does
 * not wait for it: a window or browser takes far longer to start than this takes.
 */
export function warmCatalogSoon(): void {
  setTimeout(() => appCatalog(), 0).unref()
}
