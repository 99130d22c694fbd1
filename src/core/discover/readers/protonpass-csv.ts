import { addresses } from './login-address'
import { csvReader, hasAll } from './csv-table'

/**
 * Proton Pass's CSV: type,name,url,email,username,password,note,totp,createTime,
 * modifyTime,vault. Several addresses share the url cell, comma-separated; a login may
 * have an e-mail, a user name or both.
 */
export const protonpassCsv = csvReader({
  id: 'protonpass-csv',
  label: 'Proton Pass (CSV)',
  detect: (h) =>
    hasAll(h, ['type', 'name', 'url', 'email', 'username', 'password', 'note', 'totp', 'vault']),
  row: (get, tally) => {
    const type = get('type').toLowerCase()
    if (type === 'login')
      return tally.login({
        name: get('name'),
        login: get('username') || get('email'),
        ...addresses(get('url').split(','))
      })
    if (type === 'note') return tally.skip('note')
    if (type === 'creditcard' || type === 'credit_card') return tally.skip('card')
    if (type === 'identity') return tally.skip('identity')
    tally.skip('other')
  }
})
