import { DomainError } from '../../errors'
import { addresses } from './login-address'
import { Tally, every, isObject, text, type ExportReader } from './reader'

/** Bitwarden's item types: 1 login, 2 secure note, 3 card, 4 identity, 5 SSH key. */
const SKIPPED = { 2: 'note', 3: 'card', 4: 'identity' } as const

/** An item as Bitwarden writes it: an object whose type is a whole number. */
const isBitwardenItem = (item: unknown): boolean =>
  isObject(item) && typeof item.type === 'number' && Number.isInteger(item.type)

/**
 * Bitwarden's JSON: { encrypted: false, folders or collections, items }. Told apart by
 * the encrypted flag beside the items (an Enpass file has items too), or, for an
 * encrypted export, by the flag beside its key check or passwordProtected, with no items.
 * Files other tools write in Bitwarden's shape, and by some accounts older Bitwarden
 * versions, leave the flag out: those are told by folders or collections beside items
 * that all carry Bitwarden's numeric type (Enpass's items have none).
 */
export const bitwardenJson: ExportReader = {
  id: 'bitwarden-json',
  label: 'Bitwarden (JSON)',
  kind: 'json',
  detect: (input) => {
    if (input.kind !== 'json' || !isObject(input.value)) return false
    const value = input.value
    if (typeof value.encrypted === 'boolean')
      return (
        Array.isArray(value.items) ||
        value.passwordProtected === true ||
        'encKeyValidation_DO_NOT_EDIT' in value
      )
    return (
      !('encrypted' in value) &&
      (Array.isArray(value.folders) || Array.isArray(value.collections)) &&
      Array.isArray(value.items) &&
      value.items.length > 0 &&
      value.items.every(isBitwardenItem)
    )
  },
  read: (input, progress) => {
    const value = input.kind === 'json' && isObject(input.value) ? input.value : {}
    if (value.encrypted === true)
      throw new DomainError(
        'badFile',
        'This Bitwarden export is encrypted. Export it again as "JSON" or ".json" (not "JSON (Encrypted)") and choose that file.',
        { key: 'bitwardenEncrypted' }
      )
    const items = Array.isArray(value.items) ? value.items : []
    const tally = new Tally('bitwarden-json')
    const tick = every(items.length, progress)
    items.forEach((item: unknown, i) => {
      const type = isObject(item) ? item.type : undefined
      const login = isObject(item) && isObject(item.login) ? item.login : null
      if (type === 1 && login) {
        const uris = Array.isArray(login.uris) ? login.uris.map((u: unknown) => text(u, 'uri')) : []
        tally.login({
          name: text(item, 'name'),
          login: text(login, 'username'),
          ...addresses(uris)
        })
      } else if (!isObject(item)) tally.unreadable()
      else tally.skip(SKIPPED[type as keyof typeof SKIPPED] ?? 'other')
      tick(i + 1)
    })
    return tally.result()
  }
}
