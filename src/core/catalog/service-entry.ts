import type { CatalogEntry, SourcedFact } from '../../shared/catalog/catalog-values'
import { playbookForCategory } from '../../shared/domain/account-values'
import { strongestKind } from '../../shared/knowledge/source-kinds'
import type { ServiceFile } from '../knowledge/knowledge-schema'

/** A service file of the knowledge base as a curated catalog entry. */
export function entryFromService(s: ServiceFile): CatalogEntry {
  const roles = [...s.phone.roles.value]
  const links: CatalogEntry['links'] = { ...s.links }
  const sources: CatalogEntry['sources'] = {
    name: 'curated',
    category: 'curated',
    roles: 'curated',
    regions: 'curated',
    domains: 'curated'
  }
  if (links.website) sources.website = 'curated'
  if (links.phoneSettings) sources.phoneSettings = 'curated'
  if (s.phone.smsOrCall) sources.tfa = 'curated'
  const facts: SourcedFact[] = (s.facts ?? []).flatMap((f) => {
    const first = f.sources[0]
    if (!first) return []
    return [
      {
        kind: f.kind,
        source: first.url,
        tag: strongestKind(f.sources.map((x) => x.kind)) ?? first.kind,
        ...(first.date ? { date: first.date } : {})
      }
    ]
  })
  return {
    id: s.id,
    name: s.names.en,
    names: { ...s.names },
    aliases: [...s.aliases],
    category: s.category,
    regions: [...s.regions],
    roles,
    smsOrCall: s.phone.smsOrCall?.value ?? roles.includes('sms2fa'),
    tfa: [],
    playbook: s.playbookKind ?? playbookForCategory(s.category),
    domains: [...s.domains],
    links,
    curated: true,
    sources,
    facts,
    closed: s.closed ?? false
  }
}
