import { addresses } from './login-address'
import { csvReader, hasAll } from './csv-table'

/**
 * Firefox's CSV: every field quoted, CRLF line ends. Its own row for the Firefox account
 * (url chrome://FirefoxAccounts) is the browser's sync key, not a site.
 */
export const firefoxCsv = csvReader({
  id: 'firefox-csv',
  label: 'Firefox (CSV)',
  detect: (h) =>
    hasAll(h, ['url', 'username', 'password', 'httpRealm', 'formActionOrigin', 'guid']),
  row: (get, tally) => {
    if (/^chrome:/i.test(get('url'))) return tally.skip('other')
    tally.login({ login: get('username'), ...addresses([get('url')]) })
  }
})
