import { addresses } from './login-address'
import { csvReader, isExactly } from './csv-table'

/**
 * Safari's and the Passwords app's CSV: Title,URL,Username,Password,OTPAuth in Safari
 * and older macOS, with a Notes column before OTPAuth since the Passwords app. Older
 * Safari wrote only Title,Url,Username,Password, with no OTP column.
 */
export const appleCsv = csvReader({
  id: 'apple-csv',
  label: 'Safari / Apple Passwords (CSV)',
  detect: (_, list) =>
    isExactly(list, ['Title', 'URL', 'Username', 'Password', 'OTPAuth']) ||
    isExactly(list, ['Title', 'URL', 'Username', 'Password', 'Notes', 'OTPAuth']) ||
    isExactly(list, ['Title', 'Url', 'Username', 'Password']) ||
    isExactly(list, ['Title', 'URL', 'Username', 'Password']),
  row: (get, tally) =>
    tally.login({
      name: get('Title'),
      login: get('Username'),
      ...addresses([get('URL') || get('Url')])
    })
})
