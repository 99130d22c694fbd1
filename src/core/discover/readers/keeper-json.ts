import { addresses } from './login-address'
import { Tally, every, isObject, text, type ExportReader } from './reader'

const SKIPPED: Record<string, 'note' | 'card' | 'identity'> = {
  encryptedNotes: 'note',
  bankCard: 'card',
  address: 'identity',
  contact: 'identity',
  driverLicense: 'identity',
  passport: 'identity',
  birthCertificate: 'identity',
  ssnCard: 'identity',
  healthInsurance: 'identity'
}

/** Phone numbers among a record's custom fields ($phone, $phone::1, …): text or {number}. */
function phonesOf(fields: unknown): string[] {
  if (!isObject(fields)) return []
  return Object.entries(fields)
    .filter(([key]) => key.startsWith('$phone'))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .map((v) => (typeof v === 'string' ? v : text(v, 'number')))
    .filter(Boolean)
}

/**
 * Keeper's JSON: { shared_folders, records }, each record with a $type (login,
 * bankCard, encryptedNotes, address, …; none in older exports, where every record is a
 * login), title, login, login_url and custom_fields.
 */
export const keeperJson: ExportReader = {
  id: 'keeper-json',
  label: 'Keeper (JSON)',
  kind: 'json',
  detect: (input) =>
    input.kind === 'json' &&
    isObject(input.value) &&
    Array.isArray(input.value.records) &&
    !('items' in input.value) &&
    !('vaults' in input.value),
  read: (input, progress) => {
    const records =
      input.kind === 'json' && isObject(input.value) && Array.isArray(input.value.records)
        ? input.value.records
        : []
    const tally = new Tally('keeper-json')
    const tick = every(records.length, progress)
    records.forEach((record: unknown, i) => {
      tick(i + 1)
      if (!isObject(record)) return tally.unreadable()
      const type = text(record, '$type')
      if (type && type !== 'login') return tally.skip(SKIPPED[type] ?? 'other')
      tally.login({
        name: text(record, 'title'),
        login: text(record, 'login'),
        phones: phonesOf(record.custom_fields),
        ...addresses([text(record, 'login_url')])
      })
    })
    return tally.result()
  }
}
