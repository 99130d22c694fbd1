import { addDays, addYears, differenceInCalendarDays, formatISO, parseISO } from 'date-fns'

/** Calendar arithmetic on YYYY-MM-DD dates, without the schema (see dates.ts). */

/** The local calendar date. formatISO rather than format: it leaves date-fns' locale-aware formatter out of the renderer. */
export function toDateOnly(date: Date): string {
  return formatISO(date, { representation: 'date' })
}

export function addDaysTo(date: string, days: number): string {
  return toDateOnly(addDays(parseISO(date), days))
}

export function addYearsTo(date: string, years: number): string {
  return toDateOnly(addYears(parseISO(date), years))
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from))
}
