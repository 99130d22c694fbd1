import { addresses } from './login-address'
import { csvReader, hasAll, type RowReader } from './csv-table'

/**
 * 1Password 8's CSV: Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
 * ("Url", where Apple writes "URL"). An item with no address, user name or password is
 * a note or another kind this CSV flattens.
 */
export const onepassword8Csv = csvReader({
  id: '1password-csv',
  label: '1Password 8 (CSV)',
  detect: (h) => hasAll(h, ['Title', 'Url', 'Username', 'Password', 'OTPAuth']),
  row: (get, tally) => {
    if (!get('Url') && !get('Username') && !get('Password')) return tally.skip('note')
    tally.login({ name: get('Title'), login: get('Username'), ...addresses([get('Url')]) })
  }
})

/**
 * 1Password 7's CSVs write every field of every kind of item as its own column: upper
 * case on Windows (TITLE, USERNAME, URL, CARDHOLDER NAME…), "label(key)" on the Mac
 * with "Include column labels" (number(ccnum), firstname(firstname)…). The kind of an
 * item is its type column when there is one, else told by which columns it fills.
 */
function read7(columns: readonly string[]): RowReader {
  const lower = columns.map((c) => c.toLowerCase())
  const find = (test: (c: string) => boolean): string[] =>
    columns.filter((_, i) => test(lower[i] ?? ''))
  const title = find((c) => c === 'title')
  const type = find((c) => c === 'type' || c === 'category')
  const user = find((c) => c === 'username' || c.startsWith('username('))
  const urls = find((c) => c === 'url' || c === 'urls' || c.startsWith('url(') || c === 'website')
  const password = find((c) => c === 'password' || c.startsWith('password('))
  const card = find((c) => /(^|\W)(ccnum|card number|cvv|expiry date)(\W|$)|^number\b/.test(c))
  const identity = find((c) => /first ?name|last ?name|initial/.test(c))
  const phones = find((c) => /phone/.test(c))
  return (get, tally) => {
    const first = (cols: string[]): string => cols.map(get).find(Boolean) ?? ''
    const kind = first(type).toLowerCase()
    const filled = (cols: string[]): boolean => cols.some((c) => get(c) !== '')
    if (/card/.test(kind) || (!kind && filled(card))) return tally.skip('card')
    if (/identity/.test(kind) || (!kind && filled(identity) && !filled(urls)))
      return tally.skip('identity')
    if (/note/.test(kind)) return tally.skip('note')
    if (kind && !/login|password/.test(kind)) return tally.skip('other')
    if (!filled(urls) && !filled(user) && !filled(password)) return tally.skip('note')
    tally.login({
      name: first(title),
      login: first(user),
      phones: phones.map(get),
      ...addresses(urls.flatMap((c) => get(c).split(/\r?\n/)))
    })
  }
}

/** Every header upper case, with TITLE, USERNAME and PASSWORD among them. */
export const onepassword7WindowsCsv = csvReader({
  id: '1password7-windows-csv',
  label: '1Password 7 for Windows (CSV)',
  detect: (h, list) =>
    hasAll(h, ['TITLE', 'USERNAME', 'PASSWORD']) && list.every((c) => c === c.toUpperCase()),
  prepare: read7
})

/** Lower-case title, username and password among "label(key)" columns. */
export const onepassword7MacCsv = csvReader({
  id: '1password7-mac-csv',
  label: '1Password 7 for Mac (CSV)',
  detect: (h, list) =>
    hasAll(h, ['title', 'username', 'password']) &&
    list.some((c) => /^[^()]+\([A-Za-z0-9_]+\)$/.test(c)),
  prepare: read7
})
