import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import { getDomain, getHostname } from 'tldts'
import type { CatalogEntry } from '../../shared/catalog/catalog-values'
import type { Catalog } from '../catalog/catalog'
import { serviceOfAndroidApp } from '../catalog/service-signals'
import type { Account, Usage } from '../../shared/domain/account'
import type { Case } from '../../shared/domain/case'
import type {
  Candidate,
  Discovery,
  TrackedEvidence,
  TrackedOnOldNumber
} from '../../shared/domain/discovery'
import { fold } from '../../shared/text/fold'
import type { ParsedExport, SavedLogin } from './parse-export'

/** Whether a login name is this number, in any common spelling (+7…, 8…, 7…). */
export function isSameNumber(login: string, c: Pick<Case, 'number' | 'country'>): boolean {
  if (!c.number || !/\d{6,}/.test(login.replace(/[\s().-]/g, ''))) return false
  const digits = login.replace(/\D/g, '')
  const readings = [
    parsePhoneNumberFromString(login, c.country as CountryCode),
    parsePhoneNumberFromString(`+${digits}`)
  ]
  return readings.some((p) => p?.isValid() && p.number === c.number)
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
    } else if (entry && found && entry.curated && sameService(found.entry, entry)) {
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
function sameService(generated: CatalogEntry, curated: CatalogEntry): boolean {
  const name = fold(generated.name)
  const names = [curated.name, ...Object.values(curated.names), ...curated.aliases]
  return names.some((n) => fold(n) === name || fold(n).split(/\s+/)[0] === name)
}

/** Logins matched between two progress reports: often enough for a bar, cheap to send. */
const PROGRESS_EVERY = 500

/**
 * Groups saved logins by service, matches them to the catalog on any of an entry's
 * domains (most specific host first), and leaves out services the case already tracks,
 * reporting those whose saved login is the old number. Nothing is created here: the user
 * reviews the list.
 */
export function matchCandidates(
  catalog: Catalog,
  parsed: ParsedExport,
  target: Pick<Case, 'id' | 'number' | 'country'>,
  accounts: Account[],
  onProgress: (done: number, total: number) => void = () => undefined
): Discovery {
  const tracked = accounts.filter((a) => a.caseId === target.id)
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

  let alreadyTracked = 0
  const trackedOnOldNumber: TrackedOnOldNumber[] = []
  const trackedEvidence: TrackedEvidence[] = []
  const candidates: Candidate[] = []
  for (const [key, { entry, app, domains, logins }] of groups) {
    const appNames = app && !domains[0] ? androidAppNames(app) : null
    const name = entry?.name ?? domains[0] ?? appNames?.en ?? (logins[0]?.name || key)
    // The login, or a phone number the item keeps in its own fields, is the old number.
    const onOldNumber = logins.filter(
      (l) => isSameNumber(l.login, target) || l.phones.some((p) => isSameNumber(p, target))
    ).length
    const account = tracked.find(
      (a) => (entry && a.catalogId === entry.id) || fold(a.name) === fold(name)
    )
    if (account) {
      alreadyTracked += logins.length
      // Several groups may name one account (by domain and by name): their logins add up.
      const known = trackedEvidence.find((t) => t.accountId === account.id)?.evidence.passwords
      if (known) {
        known.logins += logins.length
        known.oldNumber ||= onOldNumber > 0
      } else
        trackedEvidence.push({
          accountId: account.id,
          name: account.name,
          evidence: { passwords: { logins: logins.length, oldNumber: onOldNumber > 0 } }
        })
      const listed = trackedOnOldNumber.find((t) => t.accountId === account.id)
      if (listed) listed.logins += onOldNumber
      else if (onOldNumber > 0)
        trackedOnOldNumber.push({
          accountId: account.id,
          name: account.name,
          catalogId: account.catalogId,
          loginRecorded: account.usages.includes('login'),
          logins: onOldNumber
        })
      continue
    }
    const usesOldNumber = onOldNumber > 0
    const roles: Usage[] = entry ? [...entry.roles] : []
    candidates.push({
      key,
      name,
      names: entry ? { ...entry.names } : (appNames ?? { en: name }),
      catalogId: entry?.id ?? null,
      category: entry?.category ?? 'other',
      // A login that is the old number is a 'login' usage whatever the catalog says.
      usages: usesOldNumber && !roles.includes('login') ? ['login', ...roles] : roles,
      roles,
      smsOrCall: entry?.smsOrCall ?? false,
      domains,
      usesOldNumber,
      evidence: {
        logins: logins.length,
        items: [...new Set(logins.map((l) => l.name).filter(Boolean))].slice(0, 3)
      }
    })
  }
  // The likeliest first: the old number as login, then catalog matches, then the rest.
  candidates.sort(
    (a, b) =>
      Number(b.usesOldNumber) - Number(a.usesOldNumber) ||
      Number(b.catalogId !== null) - Number(a.catalogId !== null) ||
      a.name.localeCompare(b.name)
  )
  trackedOnOldNumber.sort((a, b) => a.name.localeCompare(b.name))
  return {
    format: parsed.format,
    candidates,
    alreadyTracked,
    trackedEvidence,
    trackedOnOldNumber,
    skipped,
    counts: parsed.counts,
    ...(parsed.columns ? { columns: parsed.columns } : {})
  }
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
