import { isValid, parseISO } from 'date-fns'
import { z } from 'zod'
import { toDateOnly } from './dates-values'

export * from './dates-values'

/** A calendar date without time or zone, as the user picked it: YYYY-MM-DD. */
export const DateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-25')
  .refine(
    (value) => isValid(parseISO(value)) && toDateOnly(parseISO(value)) === value,
    'not a real date'
  )
export type DateOnly = z.infer<typeof DateOnly>
