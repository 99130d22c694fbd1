import { getDomain, getHostname } from 'tldts'
import type { CatalogEntry } from '../../shared/catalog/catalog-values'
import type { Catalog } from '../catalog/catalog'
import { serviceOfAndroidApp } from '../catalog/service-signals'
import type { Account, Usage } from '../../shared/domain/account'
import type { Candidate, Discovery, TrackedAccount } from '../../shared/domain/discovery'
import { sameService } from '../../shared/domain/same-service'
import { fold } from '../../shared/text/fold'
import { NumberMatcher, type FolderNumber } from './folder-numbers'
import type { ParsedExport, SavedLogin } from './parse-export'

/** The accounts of the folder, on any number, that are this service. */
export function trackedAs(
  accounts: readonly Account[],
  service: { catalogId: string | null; name: string }
): TrackedAccount[] {
  return accounts
    .filter((a) => sameService(a, service))
    .map((a) => ({
      accountId: a.id,
      caseId: a.caseId,
      name: a.name,
      catalogId: a.catalogId,
      loginRecorded: a.usages.includes('login')
    }))
}

/** The folder's numbers as a discovery reports them. */
export function discoveryNumbers(cases: readonly FolderNumber[]): Discovery['numbers'] {
  return cases.map((c) => ({ caseId: c.id, number: c.number }))
}

/**
 * The catalog domain a URL belongs to, most specific first (weixin.qq.com is WeChat,
 * qq.com is QQ), else its registrable domain. Every domain of an entry counts: its own,
 * the data sets' and the groups of sites that share one login.
 */
function domainOf(
  catalog: Catalog,
  url: string
): { domain: string; entry: CatalogEntry | undefined } | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`
  const registrable = getDomain(withScheme, { allowPrivateDomains: false })
  if (!registrable) return null
  const host = (getHostname(withScheme) ?? registrable).replace(/\.$/, '').toLowerCase()
  const labels = host.split('.')
  let found: { domain: string; entry: CatalogEntry } | undefined
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join('.')
    const entry = catalog.ownerOf(suffix)
    if (entry && !found) {
      found = { domain: suffix, entry }
      if (entry.curated) break
    } else if (entry && found && entry.curated && namedAlike(found.entry, entry)) {
      // A data set's entry for one host of a curated service (store.steampowered.com
      // listed as "Steam") is that service: the curated entry says more.
      found = { domain: found.domain, entry }
      break
    }
    if (suffix === registrable) break
  }
  return found ?? { domain: registrable, entry: undefined }
}

/** A generated entry named like the curated one, or like its first word (Apple, Apple Account). */
function namedAlike(generated: CatalogEntry, curated: CatalogEntry): boolean {
  const name = fold(generated.name)
  const names = [curated.name, ...Object.values(curated.names), ...curated.aliases]
  return names.some((n) => fold(n) === name || fold(n).split(/\s+/)[0] === name)
}

/** Logins matched between two progress reports: often enough for a bar, cheap to send. */
const PROGRESS_EVERY = 500

/**
 * Groups saved logins by service, matches them to the catalog on any of an entry's
 * domains (most specific host first), and tells for each service which of the folder's
 * numbers its logins spell: one candidate per number they name, or one without a number
 * when they name none. Each candidate lists the accounts already tracking its service,
 * on any number. Nothing is created here: the user reviews the list.
 */
export function matchCandidates(
  catalog: Catalog,
  parsed: ParsedExport,
  cases: readonly FolderNumber[],
  accounts: Account[],
  onProgress: (done: number, total: number) => void = () => undefined
): Discovery {
  const numbers = new NumberMatcher(cases)
  const groups = new Map<
    string,
    {
      entry: CatalogEntry | null
      /** The package of an Android app outside the catalog, named for it. */
      app: string | null
      domains: string[]
      seen: Set<string>
      logins: SavedLogin[]
    }
  >()
  let skipped = 0

  for (const [index, login] of parsed.logins.entries()) {
    if (index % PROGRESS_EVERY === 0) onProgress(index, parsed.logins.length)
    const found = login.urls.map((url) => domainOf(catalog, url)).filter((d) => d !== null)
    const best = found.find((d) => d.entry) ?? found[0]
    // An app login names its service by package: after a catalog web address, before the rest.
    const app = best?.entry ? null : appOf(catalog, login.apps)
    const key = app?.entry
      ? app.key
      : (best?.domain ?? app?.key ?? (login.name ? fold(login.name) : null))
    if (!key) {
      skipped++
      continue
    }
    // A name alone is weak evidence: when the item has a web address outside the
    // catalog, only a curated entry's name may claim it.
    const named = best?.entry || app?.entry ? undefined : byName(catalog, login.name)
    const entry =
      best?.entry ?? app?.entry ?? ((best || app) && !named?.curated ? undefined : named)
    const group = groups.get(entry?.id ?? key) ?? {
      entry: entry ?? null,
      app: entry ? null : (app?.package ?? null),
      domains: [],
      seen: new Set<string>(),
      logins: []
    }
    // A Set beside the list: a big export's group may gather tens of thousands of domains.
    for (const d of found)
      if ((!d.entry || d.entry === entry) && !group.seen.has(d.domain)) {
        group.seen.add(d.domain)
        group.domains.push(d.domain)
      }
    group.logins.push(login)
    groups.set(entry?.id ?? key, group)
  }

  const candidates: Candidate[] = []
  for (const [key, { entry, app, domains, logins }] of groups) {
    const appNames = app && !domains[0] ? androidAppNames(app) : null
    const name = entry?.name ?? domains[0] ?? appNames?.en ?? (logins[0]?.name || key)
    const tracked = trackedAs(accounts, { catalogId: entry?.id ?? null, name })
    const roles: Usage[] = entry ? [...entry.roles] : []
    const base = {
      service: key,
      name,
      names: entry ? { ...entry.names } : (appNames ?? { en: name }),
      catalogId: entry?.id ?? null,
      category: entry?.category ?? 'other',
      roles,
      smsOrCall: entry?.smsOrCall ?? false,
      domains,
      sim: null,
      tracked
    } as const
    for (const share of byNumber(logins, numbers)) {
      const usesOldNumber = share.caseId !== null
      candidates.push({
        ...base,
        key: share.caseId ? `${key}@${share.caseId}` : key,
        roles: [...roles],
        domains: [...domains],
        tracked: tracked.map((t) => ({ ...t })),
        // A login that is one of the numbers is a 'login' usage whatever the catalog says.
        usages: usesOldNumber && !roles.includes('login') ? ['login', ...roles] : [...roles],
        usesOldNumber,
        numbers: share.number ? [share.number] : [],
        caseId: share.caseId,
        onNewNumber: share.onNewNumber,
        evidence: {
          logins: share.logins.length,
          numberLogins: share.numberLogins,
          items: [...new Set(share.logins.map((l) => l.name).filter(Boolean))].slice(0, 3)
        }
      })
    }
  }
  // The likeliest first: a number as login, then catalog matches, then the rest.
  candidates.sort(
    (a, b) =>
      Number(b.usesOldNumber) - Number(a.usesOldNumber) ||
      Number(b.catalogId !== null) - Number(a.catalogId !== null) ||
      a.name.localeCompare(b.name)
  )
  return {
    format: parsed.format,
    candidates,
    numbers: discoveryNumbers(cases),
    skipped,
    counts: parsed.counts,
    ...(parsed.columns ? { columns: parsed.columns } : {})
  }
}

/** One service's logins, split by the number they spell. */
interface NumberShare {
  caseId: string | null
  number: string | null
  logins: SavedLogin[]
  /** Logins (or phone fields beside them) that spell this number. */
  numberLogins: number
  /** New numbers (replacements) some of the logins are. */
  onNewNumber: string[]
}

/**
 * A service's logins by the folder number each spells, in its login or a phone field of
 * its own. Logins that spell none join the number with the most logins: they cannot be
 * told apart, and a third account for them would be a duplicate. With no number spelled
 * at all, the service has one share without a number.
 */
function byNumber(logins: readonly SavedLogin[], numbers: NumberMatcher): NumberShare[] {
  const shares = new Map<string, NumberShare>()
  const rest: SavedLogin[] = []
  const replacements = new Set<string>()
  for (const login of logins) {
    const texts = [login.login, ...login.phones]
    const spelled = new Map(texts.flatMap((t) => numbers.numbersOf(t)).map((c) => [c.id, c]))
    for (const text of texts)
      for (const c of numbers.replacementOf(text)) replacements.add(c.replacementNumber)
    if (spelled.size === 0) rest.push(login)
    for (const c of spelled.values()) {
      const share = shares.get(c.id) ?? {
        caseId: c.id,
        number: c.number,
        logins: [],
        numberLogins: 0,
        onNewNumber: []
      }
      share.logins.push(login)
      share.numberLogins++
      shares.set(c.id, share)
    }
  }
  const onNewNumber = [...replacements]
  if (shares.size === 0)
    return [{ caseId: null, number: null, logins: rest, numberLogins: 0, onNewNumber }]
  const list = [...shares.values()].sort((a, b) => b.logins.length - a.logins.length)
  list[0]!.logins.push(...rest)
  list[0]!.onNewNumber = onNewNumber
  return list
}

function byName(catalog: Catalog, name: string): CatalogEntry | undefined {
  return fold(name).length < 2 ? undefined : catalog.named(name)
}

/**
 * The service of an item's Android apps: the catalog entry the package list names, else
 * the first package itself, keyed apart from web domains.
 */
function appOf(
  catalog: Catalog,
  apps: readonly string[]
): { key: string; package: string; entry: CatalogEntry | undefined } | null {
  for (const pkg of apps) {
    const id = serviceOfAndroidApp(pkg)
    const entry = id ? catalog.find(id) : undefined
    if (entry) return { key: entry.id, package: pkg, entry }
  }
  const first = apps[0]
  return first ? { key: `android:${first.toLowerCase()}`, package: first, entry: undefined } : null
}

/** An app outside the catalog, named by its package in each language. */
function androidAppNames(pkg: string): Candidate['names'] {
  return {
    en: `Android app ${pkg}`,
    ru: `Приложение Android ${pkg}`,
    'zh-CN': `Android 应用 ${pkg}`
  }
}
