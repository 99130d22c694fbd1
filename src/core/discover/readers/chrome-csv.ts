import { addresses } from './login-address'
import { csvReader, isExactly } from './csv-table'

/**
 * Chrome's and Edge's CSV (Google Password Manager): name,url,username,password and, in
 * newer versions, note. Exactly these columns: LastPass's and NordPass's files hold them
 * too, among others. An Android app's login has android://<hash>@<package>/ as its url.
 */
export const chromeCsv = csvReader({
  id: 'chrome-csv',
  label: 'Chrome / Edge (CSV)',
  detect: (_, list) =>
    isExactly(list, ['name', 'url', 'username', 'password']) ||
    isExactly(list, ['name', 'url', 'username', 'password', 'note']),
  row: (get, tally) =>
    tally.login({ name: get('name'), login: get('username'), ...addresses([get('url')]) })
})
