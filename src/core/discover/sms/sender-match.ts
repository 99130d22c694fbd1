import type { CatalogEntry } from '../../../shared/catalog/catalog-values'
import { fold } from '../../../shared/text/fold'
import type { Catalog } from '../../catalog/catalog'
import { smsSenders, type SmsSender } from '../../catalog/service-signals'

/** Cyrillic letters that look like Latin ones, as senders mix them ("OZОN" with a Cyrillic О). */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i'
}

/**
 * A sender or a name as compared: lower case, no diacritics, Cyrillic look-alikes as
 * their Latin twins, and only letters and digits ("T-Bank" and "TBANK" are one).
 */
export function foldSender(text: string): string {
  return fold(text)
    .replace(/[авекмнорстухі]/g, (c) => LOOK_ALIKES[c] ?? c)
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** A name and the parts of it in brackets: "Sber (Sberbank)" is also "Sber" and "Sberbank". */
function spellings(name: string): string[] {
  const parts = [name]
  const bracketed = /^(.*?)\s*\((.*)\)\s*$/.exec(name)
  if (bracketed) parts.push(bracketed[1] ?? '', ...(bracketed[2] ?? '').split(/,\s*/))
  return parts
}

/** A service that shares its sender with others, and the words that name it in a message. */
interface SharedBy {
  entry: CatalogEntry
  names: RegExp[]
}

/**
 * A name as found in a message: Chinese names anywhere; Latin ones not inside a Latin word
 * or a host name, so "QQ号" names QQ and a link to weixin.qq.com does not.
 */
function nameInText(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return /[\p{Script=Han}]/u.test(name)
    ? new RegExp(escaped, 'u')
    : new RegExp(`(?<![A-Za-z0-9.])${escaped}(?![A-Za-z0-9]|\\.[A-Za-z])`, 'i')
}

/** Looks senders and 【signatures】 up in the catalog's names, aliases and sender list. */
export class SenderIndex {
  private readonly byName = new Map<string, CatalogEntry>()
  /** Senders several services write from (Tencent's 【腾讯科技】 for WeChat and QQ). */
  private readonly shared = new Map<string, SharedBy[]>()

  constructor(catalog: Catalog, senders: readonly SmsSender[] = smsSenders()) {
    for (const s of senders) {
      const entry = catalog.find(s.catalogId)
      if (!entry) continue
      const key = foldSender(s.sender)
      if (s.whenTextNames) {
        const names = s.whenTextNames.map(nameInText)
        this.shared.set(key, [...(this.shared.get(key) ?? []), { entry, names }])
      } else this.byName.set(key, entry)
    }
    // Curated entries come first in the catalog, so their claim on a name stands.
    for (const entry of catalog.entries) {
      const names = entry.curated
        ? [entry.name, entry.names.ru, entry.names['zh-CN'], ...entry.aliases]
        : [entry.name]
      for (const name of names.flatMap((n) => (n ? spellings(n) : []))) {
        const key = foldSender(name)
        // A data set's short name ("Info", "Bank") is too common to claim a sender by.
        if (key.length < (entry.curated ? 2 : 4) || this.byName.has(key) || this.shared.has(key))
          continue
        this.byName.set(key, entry)
      }
    }
  }

  /**
   * The entry a sender name, short code or signature names, if any. A shared sender
   * names a service only when the message names exactly one of those that use it.
   */
  find(sender: string, body = ''): CatalogEntry | undefined {
    const key = foldSender(sender)
    if (key.length < 2) return undefined
    const shared = this.shared.get(key)
    if (!shared) return this.byName.get(key)
    const named = shared.filter((s) => s.names.some((n) => n.test(body)))
    return named.length === 1 ? named[0]!.entry : undefined
  }

  /** The services a shared sender writes for, to ask the user which one a message was. */
  sharedBy(sender: string): CatalogEntry[] {
    return (this.shared.get(foldSender(sender)) ?? []).map((s) => s.entry)
  }
}

/**
 * The 【signature】 a Chinese service message carries at its start or end, if any; sent
 * abroad or read on a phone in English it is a [Signature] in plain brackets that leads.
 */
export function chineseSignature(body: string): string | null {
  const text = body.trim()
  const start = /^【([^【】]{1,24})】/.exec(text) ?? /^\[([^[\]]{2,24})\]/.exec(text)
  if (start) return start[1]!.trim()
  const end = /【([^【】]{1,24})】$/.exec(text)
  return end ? end[1]!.trim() : null
}

export type SenderKind = 'alphanumeric' | 'shortCode' | 'person'

/**
 * What kind of sender this is: a name with letters, a short code or gateway number
 * (services send from these), or a phone number, taken for a person.
 */
export function senderKind(sender: string): SenderKind {
  if (/\p{L}/u.test(sender)) return 'alphanumeric'
  const digits = sender.replace(/\D/g, '')
  // Short codes (900, 95588) and China's SMS gateway numbers (106…, up to 20 digits).
  if (digits.length <= 6 || (digits.startsWith('106') && !sender.trim().startsWith('+')))
    return 'shortCode'
  return 'person'
}
