import { addresses } from './login-address'
import { csvReader, hasAll } from './csv-table'

/**
 * KeePassXC's CSV (Group,Title,Username,Password,URL,Notes, then TOTP, Icon and dates in
 * newer versions) and KeePassX's, which stops at Notes. An entry with no URL, user name
 * or password is kept as a note.
 */
export const keepassxcCsv = csvReader({
  id: 'keepassxc-csv',
  label: 'KeePassXC / KeePassX (CSV)',
  detect: (h) => hasAll(h, ['Group', 'Title', 'Username', 'Password', 'URL', 'Notes']),
  row: (get, tally) => {
    if (!get('URL') && !get('Username') && !get('Password')) return tally.skip('note')
    tally.login({ name: get('Title'), login: get('Username'), ...addresses([get('URL')]) })
  }
})
