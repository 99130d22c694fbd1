/** Countries offered first in the case form: where the first users' numbers come from. */
export const COUNTRIES = [
  'RU',
  'BY',
  'KZ',
  'UZ',
  'KG',
  'AM',
  'GE',
  'AZ',
  'RS',
  'TR',
  'CN',
  'UA',
  'DE',
  'US'
] as const
