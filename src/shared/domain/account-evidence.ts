import { z } from 'zod'

const Count = z.number().int().nonnegative().max(100_000_000)
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a day (YYYY-MM-DD)')

/** What the old number's text messages showed of a service: counts and days, never a text or a code. */
export const SmsSeen = z.object({
  messages: Count,
  /** Messages that looked like one-time codes: the service sends codes to the number. */
  codes: Count,
  /** Advertisements: the sender has the number on a mailing list (none before this was counted). */
  adverts: Count.default(0),
  first: Day.nullable(),
  last: Day.nullable(),
  /** Sender names, short codes and 【signatures】; never a person's number. */
  senders: z.array(z.string().trim().min(1).max(80)).max(10)
})
export type SmsSeen = z.infer<typeof SmsSeen>

/** What a password manager's export showed of a service. */
export const PasswordsSeen = z.object({
  /** Saved logins that point at the service. */
  logins: Count,
  /** At least one of them signs in with the old number. */
  oldNumber: z.boolean()
})
export type PasswordsSeen = z.infer<typeof PasswordsSeen>

/** Why the app believes an account is tied to the old number, gathered by discovery. */
export const AccountEvidence = z.object({
  sms: SmsSeen.optional(),
  passwords: PasswordsSeen.optional()
})
export type AccountEvidence = z.infer<typeof AccountEvidence>

const earlier = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b
const later = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b

/**
 * Evidence read again joins what the account holds. Exports of one phone or one password
 * manager overlap (a newer backup holds the older messages), so counts take the larger of
 * the two instead of adding up, days widen to cover both, and senders are joined.
 */
export function mergeEvidence(
  held: AccountEvidence | undefined,
  found: AccountEvidence
): AccountEvidence {
  const merged: AccountEvidence = { ...held }
  if (found.sms) {
    const old = held?.sms
    merged.sms = old
      ? {
          messages: Math.max(old.messages, found.sms.messages),
          codes: Math.max(old.codes, found.sms.codes),
          adverts: Math.max(old.adverts, found.sms.adverts),
          first: earlier(old.first, found.sms.first),
          last: later(old.last, found.sms.last),
          senders: [...new Set([...old.senders, ...found.sms.senders])].slice(0, 10)
        }
      : { ...found.sms, senders: [...found.sms.senders] }
  }
  if (found.passwords) {
    const old = held?.passwords
    merged.passwords = old
      ? {
          logins: Math.max(old.logins, found.passwords.logins),
          oldNumber: old.oldNumber || found.passwords.oldNumber
        }
      : { ...found.passwords }
  }
  return merged
}
