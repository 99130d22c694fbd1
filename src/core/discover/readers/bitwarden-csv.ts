import { addresses } from './login-address'
import { csvReader, hasAll } from './csv-table'

/**
 * Bitwarden's CSV: personal vaults start with folder,favorite; organisation exports with
 * collections. Several URIs of one login share the login_uri cell, comma-separated. Only
 * logins and secure notes are ever written to it; cards and identities stay out.
 */
export const bitwardenCsv = csvReader({
  id: 'bitwarden-csv',
  label: 'Bitwarden (CSV)',
  detect: (h) =>
    hasAll(h, ['type', 'name', 'login_uri', 'login_username', 'login_password']) &&
    (h.has('folder') || h.has('collections')),
  row: (get, tally) => {
    const type = get('type').toLowerCase()
    if (type === 'login') {
      tally.login({
        name: get('name'),
        login: get('login_username'),
        ...addresses(get('login_uri').split(','))
      })
    } else if (type === 'note') tally.skip('note')
    else if (type === 'card') tally.skip('card')
    else if (type === 'identity') tally.skip('identity')
    else tally.skip('other')
  }
})
