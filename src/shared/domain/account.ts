import { z } from 'zod'

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

export const Id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not a valid id')
export const Timestamp = z.iso.datetime({ offset: true })

/** Only http(s) links: a settings link is opened in the system browser, nothing else. */
export const HttpUrl = z
  .string()
  .trim()
  .max(LIMITS.url)
  .refine((value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'https:' || url.protocol === 'http:'
    } catch {
      return false
    }
  }, 'must be an http:// or https:// address')

export const AccountFields = z.object({
  name: z.string().trim().min(1, 'name is required').max(LIMITS.name),
  category: z.enum(CATEGORIES),
  usages: z.array(z.enum(USAGES)).max(USAGES.length),
  settingsUrl: HttpUrl.nullable(),
  notes: z.string().max(LIMITS.notes),
  status: z.enum(STATUSES)
})
export type AccountFields = z.infer<typeof AccountFields>

export const Account = AccountFields.extend({
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Account = z.infer<typeof Account>

/** What a user types to create an account: everything but the name has a default. */
export const AccountDraft = AccountFields.extend({
  usages: AccountFields.shape.usages.default([]),
  settingsUrl: HttpUrl.nullable().default(null),
  notes: AccountFields.shape.notes.default(''),
  status: AccountFields.shape.status.default('todo'),
  category: AccountFields.shape.category.default('other')
})
export type AccountDraft = z.input<typeof AccountDraft>

export const AccountPatch = AccountFields.partial()
export type AccountPatch = z.infer<typeof AccountPatch>

export function isDone(status: Status): boolean {
  return DONE_STATUSES.includes(status)
}
