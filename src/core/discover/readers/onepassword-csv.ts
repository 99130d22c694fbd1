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

/** A column's key: the part in parentheses on the Mac ("Benutzername(username)"), else its name. */
const keyOf = (column: string): string =>
  (/\(([^()]+)\)$/.exec(column)?.[1] ?? column).trim().toLowerCase()

/** The kinds 1Password writes in a type column; anything else there (a folder) says nothing. */
const KINDS: Record<string, 'login' | 'card' | 'identity' | 'note'> = {
  login: 'login',
  password: 'login',
  'credit card': 'card',
  identity: 'identity',
  'secure note': 'note'
}

/**
 * 1Password 7's CSVs write every field of every kind of item as its own column: on
 * Windows plain names (Title, Username, URL, ainfo, section:…, or all upper case), on the
 * Mac with "All fields" and column labels a "label(key)" per field (number(ccnum),
 * firstname(firstname)…), the label in the app's language. The kind of an item is its
 * type column when that names a kind, else told by which columns it fills.
 */
function read7(columns: readonly string[]): RowReader {
  const keys = columns.map(keyOf)
  const find = (test: (key: string) => boolean): string[] =>
    columns.filter((_, i) => test(keys[i] ?? ''))
  const title = find((k) => k === 'title')
  const type = find((k) => k === 'type' || k === 'category')
  const user = find((k) => k === 'username')
  const urls = find((k) => k === 'url' || k === 'urls' || k === 'website')
  const password = find((k) => k === 'password')
  const card = find((k) =>
    /^(ccnum|cvv|expiry|expiry date|card number|number|cardholder( name)?)$|: number$/.test(k)
  )
  const identity = find((k) => /^(first ?name|last ?name|initial)$|: (first|last) name$/.test(k))
  const phones = find((k) => /phone/.test(k))
  return (get, tally) => {
    const first = (cols: string[]): string => cols.map(get).find(Boolean) ?? ''
    const filled = (cols: string[]): boolean => cols.some((c) => get(c) !== '')
    const kind = KINDS[first(type).toLowerCase()]
    if (kind === 'card' || (!kind && filled(card) && !filled(urls))) return tally.skip('card')
    if (kind === 'identity' || (!kind && filled(identity) && !filled(urls)))
      return tally.skip('identity')
    if (kind === 'note' || (!filled(urls) && !filled(user) && !filled(password)))
      return tally.skip('note')
    tally.login({
      name: first(title),
      login: first(user),
      phones: phones.map(get),
      ...addresses(urls.flatMap((c) => get(c).split(/\r?\n/)))
    })
  }
}

const LABELLED = /^[^()]+\([A-Za-z0-9_]+\)$/
const has7 = (list: readonly string[]): boolean =>
  ['title', 'username', 'password'].every((k) => list.some((c) => keyOf(c) === k))

/** Title, username and password among columns named plainly: upper case, or with ainfo and sections. */
export const onepassword7WindowsCsv = csvReader({
  id: '1password7-windows-csv',
  label: '1Password 7 for Windows (CSV)',
  detect: (h, list) =>
    has7(list) &&
    !list.some((c) => LABELLED.test(c)) &&
    (list.every((c) => c === c.toUpperCase()) ||
      h.has('ainfo') ||
      list.some((c) => c.toLowerCase().startsWith('section:'))),
  prepare: read7
})

/** Title, username and password among "label(key)" columns. */
export const onepassword7MacCsv = csvReader({
  id: '1password7-mac-csv',
  label: '1Password 7 for Mac (CSV)',
  detect: (_, list) => has7(list) && list.filter((c) => LABELLED.test(c)).length >= 2,
  prepare: read7
})
