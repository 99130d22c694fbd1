import { parsePhoneNumberFromString } from 'libphonenumber-js'

/** An E.164 number as people write it: +7 912 345 67 89. */
export function formatPhone(e164: string | null): string {
  if (!e164) return ''
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164
}
