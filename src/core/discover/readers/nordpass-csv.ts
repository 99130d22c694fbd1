import { DomainError } from '../../errors'
import { parseBoundedJson } from '../read-limits'
import { addresses } from './login-address'
import { csvReader, hasAll } from './csv-table'

/** NordPass writes extra addresses as a JSON list, or older versions comma-separated. */
function extraUrls(cell: string): string[] {
  if (!cell) return []
  if (cell.startsWith('[')) {
    try {
      const list: unknown = parseBoundedJson(cell)
      if (Array.isArray(list)) return list.filter((u): u is string => typeof u === 'string')
    } catch (error) {
      if (error instanceof DomainError) throw error
      // Not JSON after all: read it as a plain list below.
    }
  }
  return cell.split(',')
}

/**
 * NordPass's CSV holds every kind in one table: logins, notes, cards (cardnumber),
 * identities (full_name, address1…) and folders. Newer files say which in a type column;
 * older ones are told by which columns a row fills.
 */
export const nordpassCsv = csvReader({
  id: 'nordpass-csv',
  label: 'NordPass (CSV)',
  detect: (h) =>
    hasAll(h, [
      'name',
      'url',
      'username',
      'password',
      'note',
      'cardholdername',
      'cardnumber',
      'folder'
    ]),
  row: (get, tally) => {
    const type = get('type').toLowerCase()
    const web = get('url') || get('username') || get('password')
    if (type === 'credit_card' || (!type && get('cardnumber'))) return tally.skip('card')
    if (type === 'identity' || (!type && !web && (get('full_name') || get('address1'))))
      return tally.skip('identity')
    if (type === 'note' || type === 'secure_note' || (!type && !web && get('note')))
      return tally.skip('note')
    if ((type && type !== 'password' && type !== 'login') || (!type && !web))
      return tally.skip('other')
    tally.login({
      name: get('name'),
      login: get('username') || get('email'),
      ...addresses([get('url'), ...extraUrls(get('additional_urls'))])
    })
  }
})
