/**
 * Which of the data sets' deletion, recovery and change-password links the catalog keeps:
 * a link must lead to the service's own site or a shared help desk (reviewed in
 * resources/knowledge/lists/shared-help-hosts.json) and never to a denylisted host; a
 * home or terms page is no way to close an account; a settings link stays on the
 * service's own country site and is never a sign-in or forgot-password page.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { hostOf, isUnder, registrable } from '../../src/core/knowledge/hosts'

export interface LinkLists {
  /** Help-desk and privacy-request hosts many companies use. */
  shared: string[]
  denied: string[]
}

export const NO_LISTS: LinkLists = { shared: [], denied: [] }

/** The shared hosts as the knowledge base keeps them (the app reads them too), and the denylist. */
export function readLinkLists(
  knowledgeDir: string,
  denylistFile = resolve(import.meta.dirname, '../knowledge/lists/denylist.json')
): LinkLists {
  const hosts = (file: string): string[] =>
    (JSON.parse(readFileSync(file, 'utf8')) as { hosts: { host: string }[] }).hosts.map(
      (h) => h.host
    )
  return {
    shared: hosts(join(knowledgeDir, 'lists', 'shared-help-hosts.json')),
    denied: hosts(denylistFile)
  }
}

export const DROP_REASONS = [
  'denylisted',
  'notOwnHost',
  'homeOrTerms',
  'otherCountrySite',
  'signInPage',
  'otherService'
] as const
export type DropReason = (typeof DROP_REASONS)[number]

const TERMS = /(^|[/_-])(terms|tos|terms-of-service|terms-of-use|conditions|legal)([/._-]|$)/i
/** A path segment that is a sign-in or forgot-password page (not "sign-in-info" settings). */
const SIGN_IN =
  /(^|\/)(log-?in|sign-?in|signon|forgot[\w-]*|lost-?password|reset-?password|password-?reset)(\/|\.|$)/i

/**
 * Why a link goes, or null when it stays. `domains` are the entry's, `main` the first of
 * them (its own country site).
 */
export function judgeLink(
  kind: 'deletion' | 'recovery' | 'changePassword',
  url: string,
  entry: { domains: readonly string[] },
  lists: LinkLists
): DropReason | null {
  const host = hostOf(url)
  if (!host) return 'notOwnHost'
  if (lists.denied.some((d) => isUnder(host, d))) return 'denylisted'
  const path = new URL(url).pathname
  if (kind === 'changePassword') {
    const main = entry.domains[0]
    if (!main || !isUnder(host, registrable(main))) return 'otherCountrySite'
    if (SIGN_IN.test(path)) return 'signInPage'
    return null
  }
  const own = entry.domains.some((d) => isUnder(host, registrable(d)))
  const shared = lists.shared.some((d) => isUnder(host, d))
  if (!own && !shared) return 'notOwnHost'
  // The root of the site itself is its home page; the root of account. or dsar. is not.
  const home = (path === '/' || path === '') && host === registrable(host)
  if (kind === 'deletion' && (home || TERMS.test(path))) return 'homeOrTerms'
  return null
}
