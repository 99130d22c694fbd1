import {
  PLAN_FACTS,
  type CatalogEntry,
  type PlanFacts,
  type SourcedFact
} from '../../shared/catalog/catalog-values'
import { playbookForCategory } from '../../shared/domain/account-values'
import { strongestKind } from '../../shared/knowledge/source-kinds'
import type { ServiceFile } from '../knowledge/knowledge-schema'
import { meetsPlaybookStandard } from '../knowledge/playbook-standard'

/** A service file of the knowledge base as a curated catalog entry. */
export function entryFromService(s: ServiceFile): CatalogEntry {
  // Roles not known: the entry names none, and the user's answers and evidence decide.
  const roles = s.phone.roles.value === 'unknown' ? [] : [...s.phone.roles.value]
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
  // `source` and `tag` name the strongest page, as the catalog always showed one; all of
  // them follow in `sources`.
  const facts: SourcedFact[] = (s.facts ?? []).flatMap((f) => {
    const tag = strongestKind(f.sources.map((x) => x.kind))
    const best = f.sources.find((x) => x.kind === tag)
    if (!tag || !best) return []
    return [
      {
        kind: f.kind,
        source: best.url,
        tag,
        ...(best.date ? { date: best.date } : {}),
        sources: f.sources.map((x) => ({ url: x.url, kind: x.kind, date: x.date ?? null }))
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
    closed: s.closed ?? false,
    ownPlaybook: meetsPlaybookStandard(s),
    plan: planFacts(s.phone)
  }
}

/** The phone facts a plan needs; an unknown answer is null, never a guess. */
function planFacts(phone: ServiceFile['phone']): PlanFacts {
  const needs = phone.needsOldSim?.value
  return {
    needsOldSim: needs === 'yes' ? true : needs === 'no' ? false : null,
    holdDaysWithoutOldSim: phone.holdDaysWithoutOldSim?.value ?? null,
    newNumberTrustDays: phone.newNumberTrustDays?.value ?? null,
    signInForOthers: phone.signInForOthers?.value ?? false,
    holdsMoney: phone.holdsMoney?.value ?? false,
    sources: Object.fromEntries(
      PLAN_FACTS.flatMap((fact) => {
        const sources = phone[fact]?.sources ?? []
        return sources.length === 0
          ? []
          : [[fact, sources.map((x) => ({ url: x.url, kind: x.kind, date: x.date ?? null }))]]
      })
    )
  }
}
