/**
 * What a catalog entry is, without schemas: the renderer imports these types and constants
 * and never the catalog itself, which main loads and searches.
 */
import type { Category, Usage } from '../domain/account-values'
import type { PlaybookKind } from '../domain/playbook-kind'
import type { SourceKind } from '../knowledge/source-kinds'

/** The languages a service's name is known in. */
export const NAME_LANGUAGES = ['en', 'ru', 'zh-CN'] as const
export type NameLanguage = (typeof NAME_LANGUAGES)[number]

/** Where a fact came from: the hand-written layer or one of the public data sets. */
export const CATALOG_SOURCES = ['curated', '2fa.directory', 'justdeleteme', 'apple'] as const
export type CatalogSource = (typeof CATALOG_SOURCES)[number]

/** Second-factor methods as 2fa.directory names them. */
export const TFA_METHODS = [
  'sms',
  'call',
  'email',
  'totp',
  'u2f',
  'custom-software',
  'custom-hardware'
] as const
export type TfaMethod = (typeof TFA_METHODS)[number]

/** Links an entry may have, each meaning exactly what its name says. */
export const LINK_KINDS = [
  'website',
  /** Where the phone number or security settings are changed. */
  'phoneSettings',
  /** A change-password page (Apple's list): the account's security settings. */
  'changePassword',
  'tfaDocs',
  'recovery',
  'deletion'
] as const
export type LinkKind = (typeof LINK_KINDS)[number]

export const DELETION_DIFFICULTIES = ['easy', 'medium', 'hard', 'limited', 'impossible'] as const
export type DeletionDifficulty = (typeof DELETION_DIFFICULTIES)[number]

/** The facts an entry records a source for. */
export const CATALOG_FACTS = [
  'name',
  'domains',
  'category',
  'regions',
  'roles',
  'tfa',
  'deletionDifficulty',
  ...LINK_KINDS
] as const
export type CatalogFact = (typeof CATALOG_FACTS)[number]

/** Region filters in the picker: a country an entry serves, or none named (worldwide). */
export const REGION_FILTERS = ['ru', 'cn', 'worldwide'] as const
export type RegionFilter = (typeof REGION_FILTERS)[number]

/** A service-specific statement the product makes, with the page that supports it. */
export interface SourcedFact {
  kind: 'closed' | 'domesticNumbersOnly' | 'noSmsCodes' | 'sendsSmsCodes' | 'phoneIsFallback'
  /** The page that says so. */
  source: string
  /**
   * The strongest kind among its sources: official and news facts are stated, a data set's
   * is labelled as such, unofficial ones say "check in the app".
   */
  tag: SourceKind
  /** When it happened or was published (YYYY-MM-DD), where known. */
  date?: string
  /** Every page that says so, the first being `source`, each with its own kind. */
  sources: Array<{ url: string; kind: SourceKind; date: string | null }>
}

/**
 * What the knowledge base says of a service that a plan and its risk need: whether changing
 * the number takes a code to the old one, what waits follow, whether others sign in
 * through it and whether it holds money. A generated entry knows none of it.
 */
export interface PlanFacts {
  /** Changing the number needs a code sent to the old one; null: not known. */
  needsOldSim: boolean | null
  /** Days a change made without the old SIM is held before it takes effect. */
  holdDaysWithoutOldSim: number | null
  /** Days before a newly added number is trusted for sign-in or recovery. */
  newNumberTrustDays: number | null
  /** Other services sign in through it (VK ID, Gosuslugi, WeChat, QQ). */
  signInForOthers: boolean
  /** It holds or moves money beyond what its category says (WeChat Pay). */
  holdsMoney: boolean
  /** The pages each known fact rests on: a plan shows them beside the fact. */
  sources: Partial<Record<PlanFact, PlanFactSource[]>>
}

export const PLAN_FACTS = [
  'needsOldSim',
  'holdDaysWithoutOldSim',
  'newNumberTrustDays',
  'signInForOthers',
  'holdsMoney'
] as const
export type PlanFact = (typeof PLAN_FACTS)[number]

export interface PlanFactSource {
  url: string
  kind: SourceKind
  date: string | null
}

/** An entry the knowledge base says nothing of, as a plan sees it. */
export const NO_PLAN_FACTS: Readonly<PlanFacts> = Object.freeze({
  needsOldSim: null,
  holdDaysWithoutOldSim: null,
  newNumberTrustDays: null,
  signInForOthers: false,
  holdsMoney: false,
  sources: {}
})

export interface CatalogEntry {
  id: string
  /** The English (or international) name. */
  name: string
  /** Established names by language; English always, others only where they exist. */
  names: { en: string; ru?: string; 'zh-CN'?: string }
  /** Other spellings in any script, so searches in Russian or Chinese find it. */
  aliases: string[]
  category: Category
  /** Lower-case ISO countries it serves; empty means none named (worldwide). */
  regions: string[]
  /** How the service typically uses a phone number (curated entries only). */
  roles: Usage[]
  /** The service can send codes by SMS or a call (a catalog fact, not the account's role). */
  smsOrCall: boolean
  tfa: TfaMethod[]
  playbook: PlaybookKind
  /** Registrable or host domains, for matching a password export. */
  domains: string[]
  links: Partial<Record<LinkKind, string>>
  deletionDifficulty?: DeletionDifficulty
  curated: boolean
  /** Where each fact came from. */
  sources: Partial<Record<CatalogFact, CatalogSource>>
  facts: SourcedFact[]
  /** The service no longer works (for example a revoked licence); kept for old accounts. */
  closed: boolean
  /**
   * The knowledge base holds a playbook of this service's own that meets the standard: a
   * sourced change, a way in without the old SIM, what the next owner could do, and the
   * foreign-number answer.
   */
  ownPlaybook: boolean
  /** The phone facts a plan orders and dates the work by. */
  plan: PlanFacts
}

/** The entry's name in the app's language, else its English name. */
export function localName(entry: Pick<CatalogEntry, 'names' | 'name'>, language: string): string {
  if (language === 'ru') return entry.names.ru ?? entry.name
  if (language.startsWith('zh')) return entry.names['zh-CN'] ?? entry.name
  return entry.name
}

/** One page of a catalog search. */
export interface CatalogPage {
  total: number
  entries: CatalogEntry[]
}
