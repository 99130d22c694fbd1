import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import { getDomain, getHostname } from 'tldts'
import type { CatalogEntry } from '../../../shared/catalog/catalog-values'
import type { Catalog } from '../catalog/catalog'
import type { Account } from '../../../shared/domain/account'
import type { Case } from '../../../shared/domain/case'
import type { Candidate, Discovery } from '../../../shared/domain/discovery'
import { fold } from '../../../shared/text/fold'
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
 * qq.com is QQ), else its registrable domain.
 */
function domainOf(
  catalog: Catalog,
  url: string
): { domain: string; entry: CatalogEntry | undefined } | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`
  const registrable = getDomain(withScheme, { allowPrivateDomains: false })
  if (!registrable) return null
  const host = getHostname(withScheme) ?? registrable
  const labels = host.split('.')
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join('.')
    const entry = catalog.ownerOf(suffix)
    if (entry) return { domain: suffix, entry }
    if (suffix === registrable) break
  }
  return { domain: registrable, entry: undefined }
}

/**
 * Groups saved logins by registrable domain, matches them to the catalog, and leaves out
 * services the case already tracks. Nothing is created here: the user reviews the list.
 */
export function matchCandidates(
  catalog: Catalog,
  parsed: ParsedExport,
  target: Pick<Case, 'id' | 'number' | 'country'>,
  accounts: Account[]
): Discovery {
  const tracked = accounts.filter((a) => a.caseId === target.id)
  const trackedCatalog = new Set(tracked.map((a) => a.catalogId).filter(Boolean))
  const trackedNames = new Set(tracked.map((a) => fold(a.name)))
  const groups = new Map<
    string,
    { entry: CatalogEntry | null; domain: string | null; logins: SavedLogin[] }
  >()
  let skipped = 0

  for (const login of parsed.logins) {
    const found = login.urls.map((url) => domainOf(catalog, url)).filter((d) => d !== null)
    const best = found.find((d) => d.entry) ?? found[0]
    const key = best?.domain ?? (login.name ? fold(login.name) : null)
    if (!key) {
      skipped++
      continue
    }
    const entry = best?.entry ?? byName(catalog, login.name)
    const group = groups.get(entry?.id ?? key) ?? {
      entry: entry ?? null,
      domain: best?.domain ?? null,
      logins: []
    }
    group.logins.push(login)
    groups.set(entry?.id ?? key, group)
  }

  let alreadyTracked = 0
  const candidates: Candidate[] = []
  for (const [key, { entry, domain, logins }] of groups) {
    const name = entry?.name ?? domain ?? (logins[0]?.name || key)
    if ((entry && trackedCatalog.has(entry.id)) || trackedNames.has(fold(name))) {
      alreadyTracked += logins.length
      continue
    }
    const usesOldNumber = logins.some((l) => isSameNumber(l.login, target))
    candidates.push({
      key,
      name,
      catalogId: entry?.id ?? null,
      category: entry?.category ?? 'other',
      usages: entry?.roles ?? (usesOldNumber ? ['login'] : []),
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
  return { format: parsed.format, candidates, alreadyTracked, skipped }
}

function byName(catalog: Catalog, name: string): CatalogEntry | undefined {
  return fold(name).length < 2 ? undefined : catalog.named(name)
}
