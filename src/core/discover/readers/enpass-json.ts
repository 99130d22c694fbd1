import { addresses } from './login-address'
import { Tally, every, isObject, text, type ExportReader } from './reader'

const SKIPPED: Record<string, 'note' | 'card' | 'identity'> = {
  note: 'note',
  creditcard: 'card',
  identity: 'identity'
}

/** Enpass's items carry a template_type ("login.default") or a category and a fields list. */
function isEnpassItem(item: unknown): boolean {
  return (
    isObject(item) &&
    (typeof item.template_type === 'string' ||
      (typeof item.category === 'string' && Array.isArray(item.fields)))
  )
}

/**
 * Enpass's JSON: { folders, items }, each item a category (login, password, note,
 * creditcard, identity, finance, …) and a list of typed fields (username, email, url,
 * phone, password, totp…). Only the username, email, url and phone fields are read.
 */
export const enpassJson: ExportReader = {
  id: 'enpass-json',
  label: 'Enpass (JSON)',
  kind: 'json',
  detect: (input) =>
    input.kind === 'json' &&
    isObject(input.value) &&
    !('encrypted' in input.value) &&
    Array.isArray(input.value.items) &&
    input.value.items.length > 0 &&
    input.value.items.every(isEnpassItem),
  read: (input, progress) => {
    const items =
      input.kind === 'json' && isObject(input.value) && Array.isArray(input.value.items)
        ? input.value.items
        : []
    const tally = new Tally('enpass-json')
    const tick = every(items.length, progress)
    items.forEach((item: unknown, i) => {
      tick(i + 1)
      if (!isObject(item)) return tally.unreadable()
      if (item.trashed === 1 || item.trashed === true) return tally.skip('other')
      const category = text(item, 'category').toLowerCase()
      if (category !== 'login' && category !== 'password')
        return tally.skip(SKIPPED[category] ?? 'other')
      const fields = Array.isArray(item.fields) ? item.fields.filter(isObject) : []
      const of = (type: string): string[] =>
        fields
          .filter((f) => text(f, 'type') === type && f.deleted !== 1)
          .map((f) => text(f, 'value'))
          .filter(Boolean)
      tally.login({
        name: text(item, 'title'),
        login: of('username')[0] ?? of('email')[0] ?? '',
        phones: of('phone'),
        ...addresses(of('url'))
      })
    })
    return tally.result()
  }
}
