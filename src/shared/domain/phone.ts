import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

/**
 * Phone numbers, parsed and formatted in the main process only: the renderer asks main
 * (checkNumber, and each case's display form) rather than carry libphonenumber's
 * metadata for every country.
 */

/**
 * Parses a number typed in any common spelling (+7 912 345-67-89, 89123456789,
 * 79123456789) to E.164. Answers null for an empty entry, undefined for an invalid one.
 */
export function normalisePhone(input: string, country: string): string | null | undefined {
  const text = input.trim()
  if (text === '') return null
  const parsed = parsePhoneNumberFromString(text, country as CountryCode)
  return parsed?.isValid() ? parsed.number : undefined
}

/** An E.164 number as people write it: +7 912 345 67 89. */
export function formatPhone(e164: string | null): string {
  if (!e164) return ''
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164
}
