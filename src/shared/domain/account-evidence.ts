import { z } from 'zod'

const Count = z.number().int().nonnegative().max(100_000_000)
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a day (YYYY-MM-DD)')
/** One of the user's numbers, in E.164: the number a piece of evidence came from. */
const EvidenceNumber = z.string().regex(/^\+[1-9]\d{6,14}$/, 'not an international number')
/**
 * The numbers the evidence came from (absent in evidence recorded before the app knew):
 * evidence keeps them when its account moves to another number.
 */
const Numbers = z.array(EvidenceNumber).max(10).optional()

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
  senders: z.array(z.string().trim().min(1).max(80)).max(10),
  /** The numbers that received the messages. */
  numbers: Numbers
})
export type SmsSeen = z.infer<typeof SmsSeen>

/** What a password manager's export showed of a service. */
export const PasswordsSeen = z.object({
  /** Saved logins that point at the service. */
  logins: Count,
  /** At least one of them signs in with one of the user's numbers. */
  oldNumber: z.boolean(),
  /** The user's numbers the logins spelled. */
  numbers: Numbers
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

const union = (a: string[] | undefined, b: string[] | undefined): string[] | undefined =>
  a || b ? [...new Set([...(a ?? []), ...(b ?? [])])].slice(0, 10) : undefined

/**
 * Whether two records certainly count different things: each says which number it came
 * from and they share none (the messages of two SIMs, the logins of two numbers).
 */
const apart = (a: string[] | undefined, b: string[] | undefined): boolean =>
  !!a?.length && !!b?.length && !a.some((n) => b.includes(n))

/**
 * Evidence read again joins what the account holds. Exports of one phone or one password
 * manager overlap (a newer backup holds the older messages), so counts take the larger of
 * the two instead of adding up, days widen to cover both, and senders are joined. Records
 * from different numbers count different messages and logins, so theirs add up.
 */
export function mergeEvidence(
  held: AccountEvidence | undefined,
  found: AccountEvidence
): AccountEvidence {
  const merged: AccountEvidence = { ...held }
  if (found.sms) {
    const old = held?.sms
    const add = apart(old?.numbers, found.sms.numbers)
    const count = (a: number, b: number): number => (add ? a + b : Math.max(a, b))
    merged.sms = old
      ? withNumbers(
          {
            messages: count(old.messages, found.sms.messages),
            codes: count(old.codes, found.sms.codes),
            adverts: count(old.adverts, found.sms.adverts),
            first: earlier(old.first, found.sms.first),
            last: later(old.last, found.sms.last),
            senders: [...new Set([...old.senders, ...found.sms.senders])].slice(0, 10)
          },
          union(old.numbers, found.sms.numbers)
        )
      : { ...found.sms, senders: [...found.sms.senders] }
  }
  if (found.passwords) {
    const old = held?.passwords
    const add = apart(old?.numbers, found.passwords.numbers)
    merged.passwords = old
      ? withNumbers(
          {
            logins: add
              ? old.logins + found.passwords.logins
              : Math.max(old.logins, found.passwords.logins),
            oldNumber: old.oldNumber || found.passwords.oldNumber
          },
          union(old.numbers, found.passwords.numbers)
        )
      : { ...found.passwords }
  }
  return merged
}

/** A record with its numbers, leaving the key out when none is known. */
function withNumbers<T extends object>(record: T, numbers: string[] | undefined): T {
  return numbers ? { ...record, numbers } : record
}
