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
import { hostOf, isUnder, registrable } from '../../src/core/knowledge/hosts'
import { categoryOfSite } from './category-table'
import { cleanDomain, cleanName } from './clean-text'
import type {
  JustDeleteMeSite,
  SharedCredentialRule,
  TwoFaDirectory,
  TwoFaEntry
} from './data-set-shapes'
import { DROP_REASONS, judgeLink, NO_LISTS, type DropReason, type LinkLists } from './link-rules'

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
  if (website) [links.website, sources.website] = [website, '2fa.directory']
  if (docs) [links.tfaDocs, sources.tfaDocs] = [docs, '2fa.directory']
  return {
    id: '',
    name: cleanName(name),
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

/** A link a data set offers for an entry, judged once every domain of the entry is known. */
interface Candidate {
  kind: 'deletion' | 'recovery' | 'changePassword'
  url: string
  source: CatalogSource
  /** A site of another name joined through one of the entry's further domains. */
  otherService?: boolean
}

/** What the generator dropped or changed, for the build's note. */
export interface GenerationReport {
  linksDropped: Record<DropReason, number>
  /** Each dropped link, for a person to look through (catalog:build --list-dropped). */
  dropped: Array<{ entry: string; kind: Candidate['kind']; url: string; reason: DropReason }>
  linksKept: number
  domainsDropped: number
  namesCleaned: number
  /** JustDeleteMe-only entries left "other" without the word table, and with it. */
  otherBefore: number
  otherAfter: number
}

function words(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3)
  )
}

/** Two names share a word (or one word holds the other): Riot Games and League of Legends do not. */
function sameName(a: string, b: string): boolean {
  const x = words(a)
  const y = words(b)
  return [...x].some((w) => [...y].some((v) => v === w || v.includes(w) || w.includes(v)))
}

function addDifficulty(entry: GeneratedEntry, site: JustDeleteMeSite): void {
  const difficulty = site.difficulty as DeletionDifficulty
  if (DELETION_DIFFICULTIES.includes(difficulty) && !entry.deletionDifficulty) {
    entry.deletionDifficulty = difficulty
    entry.sources.deletionDifficulty = 'justdeleteme'
  }
}

/** Builds the generated layer: 2fa.directory, then JustDeleteMe, then Apple's lists. */
export function generateEntries(sets: DataSets, lists: LinkLists = NO_LISTS): GeneratedEntry[] {
  return generateCatalog(sets, lists).entries
}

/** The generated layer and what the rules dropped on the way. */
export function generateCatalog(
  sets: DataSets,
  lists: LinkLists = NO_LISTS
): { entries: GeneratedEntry[]; report: GenerationReport } {
  const report: GenerationReport = {
    linksDropped: Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>,
    dropped: [],
    linksKept: 0,
    domainsDropped: 0,
    namesCleaned: 0,
    otherBefore: 0,
    otherAfter: 0
  }
  const candidates = new Map<GeneratedEntry, Candidate[]>()
  const offer = (entry: GeneratedEntry, candidate: Candidate): void => {
    candidates.set(entry, [...(candidates.get(entry) ?? []), candidate])
  }
  const domainsOf = (raw: Array<string | undefined>): string[] => {
    const cleaned = raw.filter((d): d is string => !!d).map(cleanDomain)
    report.domainsDropped += cleaned.filter((d) => d === '').length
    return unique(cleaned).filter(Boolean)
  }

  const entries: GeneratedEntry[] = []
  for (const file of Object.keys(sets.twoFa).sort()) {
    for (const [name, raw] of Object.entries(sets.twoFa[file] ?? {})) {
      if (!raw.domain) continue
      const entry = fromTwoFa(name, raw)
      entry.domains = domainsOf([raw.domain, ...(raw['additional-domains'] ?? [])])
      if (entry.name !== name.trim()) report.namesCleaned++
      if (entry.domains.length === 0) continue
      entries.push(entry)
      const recovery = httpsOnly(raw.recovery)
      if (recovery) offer(entry, { kind: 'recovery', url: recovery, source: '2fa.directory' })
    }
  }
  const owner = indexDomains(entries)

  for (const site of sets.justDeleteMe) {
    const domains = domainsOf(site.domains ?? [])
    const url = httpsOnly(site.url)
    const matched = domains.find((d) => owner.has(d))
    const existing = matched ? owner.get(matched) : undefined
    if (existing) {
      // Joined through a further domain under another name (Yammer through one of
      // Microsoft 365's), the site is another service: its deletion page is not this one's
      // unless it is on the entry's main site.
      const main = existing.domains[0]!
      const onMain = url ? isUnder(hostOf(url) ?? '', registrable(main)) : false
      const otherService = matched !== main && !sameName(site.name ?? '', existing.name) && !onMain
      if (url) offer(existing, { kind: 'deletion', url, source: 'justdeleteme', otherService })
      if (!otherService) addDifficulty(existing, site)
      continue
    }
    const name = cleanName(site.name ?? '')
    if (domains.length === 0 || !name) continue
    if (name !== site.name?.trim()) report.namesCleaned++
    const entry: GeneratedEntry = {
      id: '',
      name,
      domains,
      category: 'other',
      regions: [],
      tfa: [],
      links: {},
      sources: { name: 'justdeleteme', domains: 'justdeleteme' }
    }
    // JustDeleteMe gives no category: the reviewed word table reads one from the name.
    report.otherBefore++
    const category = categoryOfSite(name, domains)
    if (category !== 'other') entry.category = category
    else report.otherAfter++
    if (url) offer(entry, { kind: 'deletion', url, source: 'justdeleteme' })
    addDifficulty(entry, site)
    entries.push(entry)
    for (const d of domains) if (!owner.has(d)) owner.set(d, entry)
  }

  // Apple's change-password pages, the one for an entry's own main domain first.
  const passwordPages = Object.entries(sets.changePasswordUrls)
    .map(([domain, url]) => ({ domain: cleanDomain(domain), url: httpsOnly(url) }))
    .filter((p): p is { domain: string; url: string } => !!p.domain && !!p.url)
  passwordPages.sort((a, b) => {
    const mainA = owner.get(a.domain)?.domains[0] === a.domain ? 0 : 1
    const mainB = owner.get(b.domain)?.domains[0] === b.domain ? 0 : 1
    return mainA - mainB
  })
  for (const { domain, url } of passwordPages) {
    const entry = owner.get(domain)
    if (entry) offer(entry, { kind: 'changePassword', url, source: 'apple' })
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

  // Each kind of link: the first candidate the rules keep, judged on the final domains.
  for (const [entry, offered] of candidates) {
    for (const c of offered) {
      if (entry.links[c.kind]) continue
      const reason: DropReason | null = c.otherService
        ? 'otherService'
        : judgeLink(c.kind, c.url, entry, lists)
      if (reason) {
        report.linksDropped[reason]++
        report.dropped.push({ entry: entry.name, kind: c.kind, url: c.url, reason })
        continue
      }
      entry.links[c.kind] = c.url
      entry.sources[c.kind] = c.source
      report.linksKept++
    }
  }
  assignIds(entries)
  return {
    entries: entries.map(inFileOrder).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    report
  }
}

const LINK_ORDER: readonly LinkKind[] = [
  'website',
  'tfaDocs',
  'recovery',
  'deletion',
  'changePassword'
]
const SOURCE_ORDER: readonly CatalogFact[] = [
  'name',
  'domains',
  'category',
  'regions',
  'tfa',
  ...LINK_ORDER.slice(0, 4),
  'deletionDifficulty',
  'changePassword'
]

/** One order of keys in every entry, so a new snapshot of the data sets makes a small diff. */
function inFileOrder(e: GeneratedEntry): GeneratedEntry {
  const ordered = <K extends string, V>(record: Partial<Record<K, V>>, order: readonly K[]) =>
    Object.fromEntries(order.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]))
  const { deletionDifficulty, ...rest } = e
  return {
    ...rest,
    links: ordered(e.links, LINK_ORDER),
    sources: ordered(e.sources, SOURCE_ORDER),
    ...(deletionDifficulty ? { deletionDifficulty } : {})
  }
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
