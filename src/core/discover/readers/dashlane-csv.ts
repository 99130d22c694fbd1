import { addresses } from './login-address'
import { csvReader, hasAll } from './csv-table'

/**
 * Dashlane's credentials.csv: username,username2,username3,title,password,note,url,
 * category,otpSecret (otpUrl in newer versions). Notes, cards and IDs are written to
 * other files of the same export; see dashlane-zip.ts.
 */
export const dashlaneCsv = csvReader({
  id: 'dashlane-csv',
  label: 'Dashlane (CSV)',
  detect: (h) =>
    hasAll(h, [
      'username',
      'username2',
      'username3',
      'title',
      'password',
      'note',
      'url',
      'category'
    ]),
  row: (get, tally) =>
    tally.login({
      name: get('title'),
      login: get('username') || get('username2') || get('username3'),
      ...addresses([get('url')])
    })
})
