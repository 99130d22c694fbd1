import { DomainError } from '../../errors'
import { addresses } from './login-address'
import {
  Tally,
  isObject,
  text,
  type ExportReader,
  type ParsedExport,
  type Progress
} from './reader'

const SKIPPED: Record<string, 'note' | 'card' | 'identity'> = {
  note: 'note',
  creditCard: 'card',
  identity: 'identity'
}

/** Proton Pass's data.json: { version, userId, encrypted, vaults: { id: { name, items } } }. */
export function isProtonPassJson(value: unknown): boolean {
  return (
    isObject(value) &&
    isObject(value.vaults) &&
    typeof value.encrypted === 'boolean' &&
    Object.values(value.vaults).every((v) => isObject(v) && Array.isArray(v.items))
  )
}

/**
 * Reads the vaults' items: data.type is login, note, creditCard, identity or alias; a
 * login's content has itemUsername and itemEmail (username in older files) and urls.
 */
export function readProtonPass(value: unknown, format: string, progress: Progress): ParsedExport {
  if (!isObject(value) || value.encrypted === true)
    throw new DomainError(
      'badFile',
      'This Proton Pass export is encrypted. In Proton Pass open Settings → Export, turn encryption off (ZIP or CSV), and choose that file.',
      { key: 'protonPassEncrypted' }
    )
  const vaults = isObject(value.vaults) ? Object.values(value.vaults) : []
  const items = vaults.flatMap((v) => (isObject(v) && Array.isArray(v.items) ? v.items : []))
  const tally = new Tally(format)
  items.forEach((item: unknown, i) => {
    if (i % 1000 === 0) progress(i, items.length)
    const data = isObject(item) && isObject(item.data) ? item.data : null
    if (!data) return tally.unreadable()
    const type = text(data, 'type')
    if (type !== 'login') return tally.skip(SKIPPED[type] ?? 'other')
    const content = isObject(data.content) ? data.content : {}
    const urls = Array.isArray(content.urls)
      ? content.urls.filter((u) => typeof u === 'string')
      : []
    tally.login({
      name: text(data.metadata, 'name'),
      login:
        text(content, 'itemUsername') || text(content, 'itemEmail') || text(content, 'username'),
      ...addresses(urls)
    })
  })
  progress(items.length, items.length)
  return tally.result()
}

export const protonpassJson: ExportReader = {
  id: 'protonpass-json',
  label: 'Proton Pass (JSON)',
  kind: 'json',
  detect: (input) => input.kind === 'json' && isProtonPassJson(input.value),
  read: (input, progress) =>
    readProtonPass(input.kind === 'json' ? input.value : null, 'protonpass-json', progress)
}
