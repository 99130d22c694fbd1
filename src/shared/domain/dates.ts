import { addDays, addYears, differenceInCalendarDays, formatISO, isValid, parseISO } from 'date-fns'
import { z } from 'zod'

/** A calendar date without time or zone, as the user picked it: YYYY-MM-DD. */
export const DateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-25')
  .refine(
    (value) => isValid(parseISO(value)) && toDateOnly(parseISO(value)) === value,
    'not a real date'
  )
export type DateOnly = z.infer<typeof DateOnly>

/** The local calendar date. formatISO rather than format: it leaves date-fns' locale-aware formatter out of the renderer. */
export function toDateOnly(date: Date): string {
  return formatISO(date, { representation: 'date' })
}

export function addDaysTo(date: DateOnly, days: number): DateOnly {
  return toDateOnly(addDays(parseISO(date), days))
}

export function addYearsTo(date: DateOnly, years: number): DateOnly {
  return toDateOnly(addYears(parseISO(date), years))
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateOnly, to: DateOnly): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from))
}
