/**
 * What the data sets' names and domains become in the catalog: names with their HTML
 * entities decoded and without control or bidirectional-override characters (which can
 * reorder how a name reads on screen), domains as host names in Unicode with a real
 * top-level domain.
 */
import { decodeHTML } from 'entities'
import { domainToUnicode } from 'node:url'
import { parse } from 'tldts'

/** C0 controls, DEL, and the marks and overrides that change the direction of text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function cleanName(name: string): string {
  return decodeHTML(name).replace(HIDDEN, '').replace(/\s+/g, ' ').trim()
}

/**
 * A data set's domain as a host name: lower case, in Unicode, without www. and without
 * a path some entries carry (gamekult.com/forum → gamekult.com); '' when it is no domain
 * or its top-level domain does not exist (example.com.evil).
 */
export function cleanDomain(domain: string): string {
  const ascii = domain
    .trim()
    .toLowerCase()
    .split('/')[0]!
    .replace(/\.$/, '')
    .replace(/^www\./, '')
  if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(ascii)) return ''
  const host = domainToUnicode(ascii) || ascii
  const parsed = parse(host, { allowPrivateDomains: true })
  return parsed.isIcann || parsed.isPrivate ? host : ''
}
