import { CATEGORIES, type Category } from '../../src/shared/domain/account-values'
import {
  DELETION_DIFFICULTIES,
  TFA_METHODS,
  type CatalogFact,
  type CatalogSource,
  type DeletionDifficulty,
  type LinkKind,
  type TfaMethod
} from '../../src/shared/catalog/catalog-values'
import type {
  JustDeleteMeSite,
  SharedCredentialRule,
  TwoFaDirectory,
  TwoFaEntry
} from './data-set-shapes'

/** One entry of the generated layer, as stored in resources/catalog/catalog.json. */
export interface GeneratedEntry {
  id: string
  name: string
  domains: string[]
  category: Category
  regions: string[]
  tfa: TfaMethod[]
  links: Partial<Record<LinkKind, string>>
  deletionDifficulty?: DeletionDifficulty
  sources: Partial<Record<CatalogFact, CatalogSource>>
}

export interface DataSets {
  twoFa: TwoFaDirectory
  justDeleteMe: JustDeleteMeSite[]
  changePasswordUrls: Record<string, string>
  sharedCredentials: SharedCredentialRule[]
}

/** 2fa.directory's categories in the app's terms; the rest are "other". */
const CATEGORY_OF: Record<string, Category> = {
  banking: 'bank',
  payments: 'payments',
  finance: 'payments',
  investing: 'payments',
  cryptocurrencies: 'payments',
  email: 'email',
  social: 'social',
  communication: 'messenger',
  government: 'government',
  retail: 'marketplace',
  food: 'marketplace',
  transport: 'transport',
  travel: 'transport',
  tickets: 'transport',
  utilities: 'utilities',
  postal: 'utilities',
  developer: 'work',
  hosting: 'work',
  cloud: 'work',
  domains: 'work',
  remote: 'work',
  task: 'work',
  marketing: 'work'
}

/** Only https links go in; an http link is dropped, never rewritten. */
function httpsOnly(url: string | undefined): string | undefined {
  const text = url?.trim()
  if (!text || /\s/.test(text)) return undefined
  try {
    return new URL(text).protocol === 'https:' ? text : undefined
  } catch {
    return undefined
  }
}

/**
 * A data set's domain as a host name: lower case, without www. and without a path some
 * entries carry (gamekult.com/forum → gamekult.com); anything else is no domain ('').
 */
function cleanDomain(domain: string): string {
  const host = domain
    .trim()
    .toLowerCase()
    .split('/')[0]!
    .replace(/^www\./, '')
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : ''
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
}

function categoryOf(categories: string[] | undefined): Category {
  for (const c of categories ?? []) {
    const mapped = CATEGORY_OF[c]
    if (mapped && CATEGORIES.includes(mapped)) return mapped
  }
  return 'other'
}

function fromTwoFa(name: string, e: TwoFaEntry): GeneratedEntry {
  const tfa = (e.tfa ?? []).filter((m): m is TfaMethod =>
    (TFA_METHODS as readonly string[]).includes(m)
  )
  const links: GeneratedEntry['links'] = {}
  const sources: GeneratedEntry['sources'] = {
    name: '2fa.directory',
    domains: '2fa.directory',
    category: '2fa.directory',
    regions: '2fa.directory',
    tfa: '2fa.directory'
  }
  const website = httpsOnly(e.url)
  const docs = httpsOnly(e.documentation)
  const recovery = httpsOnly(e.recovery)
  if (website) [links.website, sources.website] = [website, '2fa.directory']
  if (docs) [links.tfaDocs, sources.tfaDocs] = [docs, '2fa.directory']
  if (recovery) [links.recovery, sources.recovery] = [recovery, '2fa.directory']
  return {
    id: '',
    name: name.trim(),
    domains: unique([e.domain, ...(e['additional-domains'] ?? [])].map(cleanDomain)).filter(
      Boolean
    ),
    category: categoryOf(e.categories),
    // A leading "-" in 2fa.directory means "not available there": only served countries count.
    regions: unique((e.regions ?? []).filter((r) => /^[a-z]{2}$/.test(r))).sort(),
    tfa,
    links,
    sources
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}

/** Each domain to the entry that owns it, first owner winning. */
function indexDomains(entries: GeneratedEntry[]): Map<string, GeneratedEntry> {
  const owner = new Map<string, GeneratedEntry>()
  for (const entry of entries) for (const d of entry.domains) if (!owner.has(d)) owner.set(d, entry)
  return owner
}

function addDeletion(entry: GeneratedEntry, site: JustDeleteMeSite): void {
  const url = httpsOnly(site.url)
  if (url && !entry.links.deletion) {
    entry.links.deletion = url
    entry.sources.deletion = 'justdeleteme'
  }
  const difficulty = site.difficulty as DeletionDifficulty
  if (DELETION_DIFFICULTIES.includes(difficulty) && !entry.deletionDifficulty) {
    entry.deletionDifficulty = difficulty
    entry.sources.deletionDifficulty = 'justdeleteme'
  }
}

/** Builds the generated layer: 2fa.directory, then JustDeleteMe, then Apple's lists. */
export function generateEntries(sets: DataSets): GeneratedEntry[] {
  const entries: GeneratedEntry[] = []
  for (const file of Object.keys(sets.twoFa).sort()) {
    for (const [name, raw] of Object.entries(sets.twoFa[file] ?? {})) {
      if (raw.domain) entries.push(fromTwoFa(name, raw))
    }
  }
  const owner = indexDomains(entries)

  for (const site of sets.justDeleteMe) {
    const domains = unique((site.domains ?? []).map(cleanDomain)).filter(Boolean)
    const existing = domains.map((d) => owner.get(d)).find((e) => e !== undefined)
    if (existing) {
      addDeletion(existing, site)
      continue
    }
    if (domains.length === 0 || !site.name?.trim()) continue
    const entry: GeneratedEntry = {
      id: '',
      name: site.name.trim(),
      domains,
      category: 'other',
      regions: [],
      tfa: [],
      links: {},
      sources: { name: 'justdeleteme', domains: 'justdeleteme' }
    }
    addDeletion(entry, site)
    entries.push(entry)
    for (const d of domains) if (!owner.has(d)) owner.set(d, entry)
  }

  for (const [domain, url] of Object.entries(sets.changePasswordUrls)) {
    const entry = owner.get(cleanDomain(domain))
    const link = httpsOnly(url)
    if (entry && link && !entry.links.changePassword) {
      entry.links.changePassword = link
      entry.sources.changePassword = 'apple'
    }
  }

  // Domains that share one login join the entry that owns one of them, so an export's
  // login on any of them finds the service.
  for (const rule of sets.sharedCredentials) {
    const group = ('shared' in rule ? rule.shared : [...rule.to, ...rule.from])
      .map(cleanDomain)
      .filter(Boolean)
    const home = group.map((d) => owner.get(d)).find((e) => e !== undefined)
    if (!home) continue
    const added = group.filter((d) => !owner.has(d))
    if (added.length === 0) continue
    home.domains.push(...added)
    for (const d of added) owner.set(d, home)
  }
  assignIds(entries)
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Ids from the first domain ("booking.com" → "booking-com"), unique by a numeric suffix. */
function assignIds(entries: GeneratedEntry[]): void {
  const taken = new Set<string>()
  for (const entry of entries) {
    const base = slug(entry.domains[0] ?? entry.name) || 'service'
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    entry.id = id
  }
}

/** The committed file's text: one entry per line, so a new snapshot makes a readable diff. */
export function catalogFileText(
  entries: GeneratedEntry[],
  snapshots: Record<string, string>
): string {
  const head = JSON.stringify({ format: 1, snapshots })
  const lines = entries.map((e) => JSON.stringify(e))
  return `{"about":${head},\n"entries":[\n${lines.join(',\n')}\n]}\n`
}
