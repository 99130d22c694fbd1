import { addDays } from 'date-fns/addDays'
import { addYears } from 'date-fns/addYears'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { formatISO } from 'date-fns/formatISO'
import { parseISO } from 'date-fns/parseISO'

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

/** The dates the app accepts and keeps: years 1900 to 2200. */
export const DATE_RANGE = { first: '1900-01-01', last: '2200-12-31' } as const

export function isDateInRange(date: string): boolean {
  return date >= DATE_RANGE.first && date <= DATE_RANGE.last
}
