/**
 * Hosts as the knowledge rules compare them: lower case, without a trailing dot or www.,
 * and in Unicode (an IDN's xn-- form and its letters are one host).
 */
import { domainToUnicode } from 'node:url'
import { getDomain } from 'tldts'

export function normalHost(host: string): string {
  const plain = host.trim().toLowerCase().replace(/\.+$/, '')
  return (domainToUnicode(plain) || plain).replace(/^www\./, '')
}

/** A URL's host, normalised; undefined when it is no URL. */
export function hostOf(url: string): string | undefined {
  try {
    return normalHost(new URL(url).hostname)
  } catch {
    return undefined
  }
}

/** The host is the domain or one of its subdomains. */
export function isUnder(host: string, domain: string): boolean {
  const d = normalHost(domain)
  return host === d || host.endsWith(`.${d}`)
}

/** The part of a domain its owner registered (finance.ozon.ru → ozon.ru), or the domain. */
export function registrable(domain: string): string {
  const d = normalHost(domain)
  return getDomain(d) ?? d
}
