import type { CatalogEntry, LinkKind } from '../../shared/catalog/catalog-values'
import { hostOf, isUnder, registrable } from '../knowledge/hosts'

/** Links the data sets add to a curated entry that lacks them; its own always win. */
const ADDED_LINKS: readonly LinkKind[] = ['changePassword', 'tfaDocs', 'recovery', 'deletion']

/**
 * One list from both layers. A generated entry is folded into a curated one only where
 * the curated entry's reviewed `foldsIn` names it (Google Drive into Google; not AWS into
 * Amazon): the curated facts stay, the data sets add what it lacks (their domains, 2FA
 * methods, links, deletion difficulty), each fact keeping its source. Any other generated
 * entry stays on its own, and a domain both know stays the curated entry's; so does a
 * domain a folded entry brings that another curated entry owns (the data sets' Yandex
 * brings dzen.ru, which is Dzen's, sold to VK, not Yandex ID's).
 */
export function mergeLayers(
  curated: readonly CatalogEntry[],
  generated: readonly CatalogEntry[],
  /** Generated id → the curated id it folds into, from the service files' `foldsIn`. */
  folds: ReadonlyMap<string, string>,
  /** Help-desk hosts a folded entry's link may be on besides the curated entry's own site. */
  sharedHelpHosts: readonly string[] = []
): CatalogEntry[] {
  const curatedById = new Map<string, CatalogEntry>()
  const merged = curated.map((e) => ({
    ...e,
    domains: [...e.domains],
    links: { ...e.links },
    sources: { ...e.sources }
  }))
  for (const entry of merged) curatedById.set(entry.id, entry)
  const curatedOwner = new Map(merged.flatMap((e) => e.domains.map((d) => [d, e.id] as const)))
  // A folded entry's link is added only when it leads to the curated entry's own reviewed
  // domains (or a shared help desk): Microsoft keeps no Yammer page from Microsoft 365's.
  const ownSites = new Map(merged.map((e) => [e.id, e.domains.map(registrable)]))
  const onOwnSite = (url: string, entry: CatalogEntry): boolean => {
    const host = hostOf(url)
    if (!host) return false
    return (
      (ownSites.get(entry.id) ?? []).some((d) => isUnder(host, d)) ||
      sharedHelpHosts.some((d) => isUnder(host, d))
    )
  }

  const rest: CatalogEntry[] = []
  for (const g of generated) {
    const into = folds.get(g.id)
    const home = into ? curatedById.get(into) : undefined
    if (!home) {
      rest.push(g)
      continue
    }
    for (const d of g.domains) {
      const owner = curatedOwner.get(d)
      if (!home.domains.includes(d) && (owner === undefined || owner === home.id))
        home.domains.push(d)
    }
    if (home.sources.tfa !== 'curated' && g.tfa.length > 0) {
      home.tfa = g.tfa
      home.smsOrCall = home.smsOrCall || g.smsOrCall
      if (g.sources.tfa) home.sources.tfa = g.sources.tfa
    }
    for (const kind of ADDED_LINKS) {
      const link = g.links[kind]
      if (link && !home.links[kind] && onOwnSite(link, home)) {
        home.links[kind] = link
        const source = g.sources[kind]
        if (source) home.sources[kind] = source
      }
    }
    if (g.deletionDifficulty && !home.deletionDifficulty) {
      home.deletionDifficulty = g.deletionDifficulty
      if (g.sources.deletionDifficulty)
        home.sources.deletionDifficulty = g.sources.deletionDifficulty
    }
  }
  return [...merged, ...rest]
}
