import { isValid } from 'date-fns/isValid'
import { parseISO } from 'date-fns/parseISO'
import { z } from 'zod'
import { isDateInRange, toDateOnly } from './dates-values'

export * from './dates-values'

/**
 * A calendar date without time or zone, as the user picked it: YYYY-MM-DD, from 1900 to
 * 2200. A year like 9999 is a typing slip, and date arithmetic and formatting fail on
 * what lies beyond it (reminders, the calendar, notifications).
 */
export const DateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-25')
  .refine(
    (value) => isValid(parseISO(value)) && toDateOnly(parseISO(value)) === value,
    'not a real date'
  )
  .refine(isDateInRange, 'must be a date from 1900 to 2200')
export type DateOnly = z.infer<typeof DateOnly>

/**
 * A date in a saved record (the store, an archive being restored): one outside 1900–2200,
 * kept before the range was enforced or written into an archive by hand, reads as no
 * date rather than making the whole store or archive unreadable.
 */
export const KeptDate = z.preprocess(
  (value) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isDateInRange(value)
      ? null
      : value,
  DateOnly.nullable()
)
