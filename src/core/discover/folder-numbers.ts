import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import type { Case } from '../../shared/domain/case'

/** One of the folder's numbers as matching needs it. */
export type FolderNumber = Pick<Case, 'id' | 'number' | 'country'> &
  Partial<Pick<Case, 'replacementNumber'>>

/**
 * Only phone characters: "+7 (937) 123-45-67", "0086 139…". An e-mail address that holds
 * the digits (79371234567@mail.ru) signs in with the address, not the number.
 */
const PHONE_TEXT = /^[+\d\s().\-/]+$/

/**
 * Tells which of the folder's numbers a login or a phone field spells. Each text is read
 * with libphonenumber against the country of every number in the folder (a Chinese
 * "139 1234 5678" and a Russian "8 (937) 123-45-67" each need their own country to be
 * read at all), and as an international number written without its "+" (86-139…). A
 * number matches only when one of those readings is exactly it: one digit off, or the
 * same digits in another country (+7 701… is Kazakhstan's), matches none.
 */
export class NumberMatcher {
  private readonly numbered: Array<FolderNumber & { number: string }>
  private readonly countries: CountryCode[]

  constructor(cases: readonly FolderNumber[]) {
    this.numbered = cases.filter((c): c is FolderNumber & { number: string } => !!c.number)
    this.countries = [...new Set(cases.map((c) => c.country as CountryCode))]
  }

  /** The folder's numbers this text is, in any spelling; empty when none. */
  numbersOf(text: string): Array<FolderNumber & { number: string }> {
    const readings = this.readings(text)
    return this.numbered.filter((c) => readings.has(c.number))
  }

  /** The first folder number this text is, or null. */
  caseOf(text: string): (FolderNumber & { number: string }) | null {
    return this.numbersOf(text)[0] ?? null
  }

  /**
   * The cases whose new number (replacement) this text is, and which it is not itself
   * one of the folder's numbers: a login already moved to the new number is never
   * evidence for the old one.
   */
  replacementOf(text: string): Array<FolderNumber & { replacementNumber: string }> {
    const readings = this.readings(text)
    if (this.numbered.some((c) => readings.has(c.number))) return []
    return this.numbered.filter(
      (c): c is FolderNumber & { number: string; replacementNumber: string } =>
        !!c.replacementNumber && readings.has(c.replacementNumber)
    )
  }

  /** Every E.164 reading of a text against the folder's countries, or none for a non-number. */
  private readings(text: string): Set<string> {
    const found = new Set<string>()
    const trimmed = text.trim()
    if (!PHONE_TEXT.test(trimmed) || (trimmed.match(/\d/g) ?? []).length < 6) return found
    for (const country of this.countries) {
      const parsed = parsePhoneNumberFromString(trimmed, country)
      if (parsed?.isValid()) found.add(parsed.number)
    }
    const international = readInternational(trimmed)
    if (international) found.add(international)
    return found
  }
}

/** "86-13912345678" or "7 937 123 45 67": an international number missing its "+". */
function readInternational(text: string): string | null {
  if (!PHONE_TEXT.test(text.trim())) return null
  const digits = text.replace(/\D/g, '')
  const parsed = parsePhoneNumberFromString(`+${digits}`)
  return parsed?.isValid() ? parsed.number : null
}
