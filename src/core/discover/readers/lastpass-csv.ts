import { addresses } from './login-address'
import { csvReader, hasAll } from './csv-table'

/** LastPass's secure-note templates that hold a card or a person's papers. */
const CARDS = /^NoteType:(Credit Card|Bank Account)/i
const IDENTITIES =
  /^NoteType:(Address|Passport|Driver's License|Social Security|Health Insurance|Insurance|Membership)/i

// LastPass's markers for a secure note and an empty folder: compared, never fetched.
// eslint-disable-next-line @microsoft/sdl/no-insecure-url
const NOTE = 'http://sn'
// eslint-disable-next-line @microsoft/sdl/no-insecure-url
const FOLDER = 'http://group'

/**
 * LastPass's CSV: url,username,password,(totp,)extra,name,grouping,fav. Secure notes
 * (cards, addresses and papers among them) have the url http://sn and an empty folder
 * has http://group: neither is a service.
 */
export const lastpassCsv = csvReader({
  id: 'lastpass-csv',
  label: 'LastPass (CSV)',
  detect: (h) => hasAll(h, ['url', 'username', 'password', 'extra', 'name', 'grouping']),
  row: (get, tally) => {
    const url = get('url').toLowerCase()
    if (url === FOLDER) return tally.skip('other')
    if (url === NOTE) {
      const extra = get('extra')
      if (CARDS.test(extra)) return tally.skip('card')
      if (IDENTITIES.test(extra)) return tally.skip('identity')
      return tally.skip('note')
    }
    tally.login({ name: get('name'), login: get('username'), ...addresses([get('url')]) })
  }
})
