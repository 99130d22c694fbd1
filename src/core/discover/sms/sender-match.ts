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

/** Looks senders and 【signatures】 up in the catalog's names, aliases and sender list. */
export class SenderIndex {
  private readonly byName = new Map<string, CatalogEntry>()

  constructor(catalog: Catalog, senders: readonly SmsSender[] = smsSenders()) {
    for (const s of senders) {
      const entry = catalog.find(s.catalogId)
      if (entry) this.byName.set(foldSender(s.sender), entry)
    }
    // Curated entries come first in the catalog, so their claim on a name stands.
    for (const entry of catalog.entries) {
      const names = entry.curated
        ? [entry.name, entry.names.ru, entry.names['zh-CN'], ...entry.aliases]
        : [entry.name]
      for (const name of names.flatMap((n) => (n ? spellings(n) : []))) {
        const key = foldSender(name)
        // A data set's short name ("Info", "Bank") is too common to claim a sender by.
        if (key.length < (entry.curated ? 2 : 4) || this.byName.has(key)) continue
        this.byName.set(key, entry)
      }
    }
  }

  /** The entry a sender name, short code or signature names, if any. */
  find(sender: string): CatalogEntry | undefined {
    const key = foldSender(sender)
    return key.length < 2 ? undefined : this.byName.get(key)
  }
}

/** The 【signature】 a Chinese service message carries at its start or end, if any. */
export function chineseSignature(body: string): string | null {
  const text = body.trim()
  const start = /^【([^【】]{1,24})】/.exec(text)
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
