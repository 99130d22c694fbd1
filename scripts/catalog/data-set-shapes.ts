/** The parts of each public data set the generator reads; everything else is ignored. */

/** 2fa.directory: `entries/<letter>/<domain>.json` → { [name]: entry }. */
export interface TwoFaEntry {
  domain: string
  'additional-domains'?: string[]
  tfa?: string[]
  documentation?: string
  recovery?: string
  categories?: string[]
  regions?: string[]
  url?: string
}
export type TwoFaDirectory = Record<string, Record<string, TwoFaEntry>>

/** JustDeleteMe: one object per site. */
export interface JustDeleteMeSite {
  name: string
  url?: string
  difficulty?: string
  domains?: string[]
}

/** Apple's password-manager resources: domains that share one login. */
export type SharedCredentialRule = { shared: string[] } | { from: string[]; to: string[] }
