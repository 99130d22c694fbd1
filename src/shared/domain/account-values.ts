/**
 * What an account can be, without its schemas: the renderer imports these and so does not
 * carry zod. account.ts re-exports everything here for the main process.
 */
import type { PlaybookKind } from './playbook-kind'

export const CATEGORIES = [
  'bank',
  'payments',
  'government',
  'email',
  'social',
  'messenger',
  'marketplace',
  'transport',
  'telecom',
  'utilities',
  'work',
  'other'
] as const
export type Category = (typeof CATEGORIES)[number]

/** How a service uses the old number. */
export const USAGES = ['login', 'sms2fa', 'recovery', 'notifications', 'contact'] as const
export type Usage = (typeof USAGES)[number]

export const STATUSES = ['todo', 'inProgress', 'unlinked', 'verified', 'notNeeded'] as const
export type Status = (typeof STATUSES)[number]

/** Statuses after which the old number no longer matters for the account. */
export const DONE_STATUSES: readonly Status[] = ['unlinked', 'verified', 'notNeeded']

export const LIMITS = {
  name: 200,
  notes: 20_000,
  url: 2_000,
  search: 200
} as const

/** Only http(s) links: a settings link is opened in the system browser, nothing else. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * Whether the account receives codes by SMS or call, asked when its catalog entry can send
 * them: unknown until the user answers (high risk), yes makes it critical, no clears it.
 * Null when the question does not apply.
 */
export const PHONE_CODE_ANSWERS = ['unknown', 'yes', 'no'] as const
export type PhoneCodeAnswer = (typeof PHONE_CODE_ANSWERS)[number]

/** What replaces the old number on the account once it is unlinked. */
export const REPLACEMENTS = ['newNumber', 'authenticator', 'email', 'passkey', 'none'] as const
export type Replacement = (typeof REPLACEMENTS)[number]

const PLAYBOOK_BY_CATEGORY: Partial<Record<Category, PlaybookKind>> = {
  bank: 'bank',
  payments: 'payments',
  email: 'email',
  social: 'social',
  messenger: 'messenger',
  government: 'government',
  marketplace: 'marketplace'
}

export function playbookForCategory(category: Category): PlaybookKind {
  return PLAYBOOK_BY_CATEGORY[category] ?? 'generic'
}

/** The number was taken off the account (not merely found not to matter). */
export function isUnlinked(status: Status): boolean {
  return status === 'unlinked' || status === 'verified'
}

export function isDone(status: Status): boolean {
  return DONE_STATUSES.includes(status)
}
