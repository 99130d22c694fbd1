import { addresses } from './login-address'
import { csvReader, isExactly } from './csv-table'

/**
 * Safari's and the Passwords app's CSV: Title,URL,Username,Password,OTPAuth in Safari
 * and older macOS, with a Notes column before OTPAuth since the Passwords app.
 */
export const appleCsv = csvReader({
  id: 'apple-csv',
  label: 'Safari / Apple Passwords (CSV)',
  detect: (_, list) =>
    isExactly(list, ['Title', 'URL', 'Username', 'Password', 'OTPAuth']) ||
    isExactly(list, ['Title', 'URL', 'Username', 'Password', 'Notes', 'OTPAuth']),
  row: (get, tally) =>
    tally.login({ name: get('Title'), login: get('Username'), ...addresses([get('URL')]) })
})
