import { parseBoundedJson } from '../read-limits'
import { DomainError } from '../../errors'
import { addresses } from './login-address'
import { Tally, isObject, text, type ExportReader } from './reader'

/** 1Password's category ids: 001 login, 002 card, 003 secure note, 004 identity. */
const SKIPPED: Record<string, 'card' | 'note' | 'identity'> = {
  '002': 'card',
  '003': 'note',
  '004': 'identity'
}

const list = (value: unknown, key: string): unknown[] => {
  const field = isObject(value) ? value[key] : undefined
  return Array.isArray(field) ? field : []
}

/** The phone numbers among an item's section fields ({ value: { phone: "…" } }). */
function phonesOf(details: unknown): string[] {
  return list(details, 'sections')
    .flatMap((section) => list(section, 'fields'))
    .map((field) => text(isObject(field) ? field.value : null, 'phone'))
    .filter(Boolean)
}

/**
 * 1Password 8's .1pux: a ZIP with export.attributes and export.data, the latter JSON of
 * accounts → vaults → items. A login (categoryUuid 001) has its addresses in
 * overview.urls and overview.url, its user name in details.loginFields (designation
 * "username"), and may keep a phone number in a section field.
 */
export const onepassword1pux: ExportReader = {
  id: '1password-1pux',
  label: '1Password 8 (1PUX)',
  kind: 'zip',
  detect: (input) =>
    input.kind === 'zip' &&
    input.names.includes('export.data') &&
    input.names.includes('export.attributes'),
  read: async (input, progress) => {
    if (input.kind !== 'zip') throw new Error('The 1PUX reader was given another kind of file.')
    let data: unknown
    try {
      data = parseBoundedJson(await input.text('export.data'))
    } catch (error) {
      if (error instanceof DomainError) throw error
      throw new DomainError('badFile', 'This 1PUX file is damaged; export it again from 1Password.')
    }
    const items = list(data, 'accounts')
      .flatMap((account) => list(account, 'vaults'))
      .flatMap((vault) => list(vault, 'items'))
    const tally = new Tally('1password-1pux')
    items.forEach((item, i) => {
      if (i % 1000 === 0) progress(i, items.length)
      if (!isObject(item)) return tally.unreadable()
      if (text(item, 'state') === 'deleted') return tally.skip('other')
      const category = text(item, 'categoryUuid')
      if (category !== '001') return tally.skip(SKIPPED[category] ?? 'other')
      const overview = isObject(item.overview) ? item.overview : {}
      const details = isObject(item.details) ? item.details : {}
      const username = list(details, 'loginFields').find(
        (f) => text(f, 'designation') === 'username'
      )
      tally.login({
        name: text(overview, 'title'),
        login: text(username, 'value'),
        phones: phonesOf(details),
        ...addresses([text(overview, 'url'), ...list(overview, 'urls').map((u) => text(u, 'url'))])
      })
    })
    progress(items.length, items.length)
    return tally.result()
  }
}
