import type { CatalogEntry, SourcedFact } from '../../shared/catalog/catalog-values'
import { playbookForCategory, type Category, type Usage } from '../../shared/domain/account-values'
import type { PlaybookKind } from '../../shared/domain/playbook-kind'

const ROLE_CODES: Record<string, Usage> = {
  L: 'login',
  S: 'sms2fa',
  R: 'recovery',
  N: 'notifications',
  C: 'contact'
}

/** A hand-written entry as its file spells it. */
export interface CuratedSpec {
  id: string
  /** The English or international name. */
  en: string
  /** The established Russian name, only where the service has one. */
  ru?: string
  /** The established Simplified Chinese name, only where the service has one. */
  zh?: string
  aliases?: string[]
  category: Category
  /** Number roles as letters: L login, S SMS codes, R recovery, N notifications, C contact. */
  roles: string
  /** Without one, the playbook follows the category. */
  playbook?: PlaybookKind
  /** Every entry names at least one domain, or it can never match an export. */
  domains: string[]
  website?: string
  /** Where the phone number or security settings are changed: the service's own page. */
  phoneSettings?: string
  /** Countries served, when they differ from the file's region. */
  regions?: string[]
  /** Whether it sends codes by SMS or a call, where a source overrides the data sets. */
  smsOrCall?: boolean
  closed?: boolean
  facts?: SourcedFact[]
}

/** Turns a file's specs into entries; region is the file's ("ru", "cn", or none). */
export function curated(region: string | null, specs: CuratedSpec[]): CatalogEntry[] {
  return specs.map((s) => {
    const roles = [...s.roles].map((c) => ROLE_CODES[c]).filter((u): u is Usage => !!u)
    const links: CatalogEntry['links'] = {}
    const sources: CatalogEntry['sources'] = {
      name: 'curated',
      category: 'curated',
      roles: 'curated',
      regions: 'curated',
      domains: 'curated'
    }
    if (s.website) [links.website, sources.website] = [s.website, 'curated']
    if (s.phoneSettings) [links.phoneSettings, sources.phoneSettings] = [s.phoneSettings, 'curated']
    if (s.smsOrCall !== undefined) sources.tfa = 'curated'
    return {
      id: s.id,
      name: s.en,
      names: { en: s.en, ...(s.ru ? { ru: s.ru } : {}), ...(s.zh ? { 'zh-CN': s.zh } : {}) },
      aliases: s.aliases ?? [],
      category: s.category,
      regions: s.regions ?? (region ? [region] : []),
      roles,
      smsOrCall: s.smsOrCall ?? roles.includes('sms2fa'),
      tfa: [],
      playbook: s.playbook ?? playbookForCategory(s.category),
      domains: s.domains,
      links,
      curated: true,
      sources,
      facts: s.facts ?? [],
      closed: s.closed ?? false
    }
  })
}
