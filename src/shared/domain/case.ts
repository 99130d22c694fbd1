import { z } from 'zod'
import { Id, Timestamp } from './account'
import { DateOnly } from './dates'
import { CASE_STATUSES } from './case-values'
import { normalisePhone } from './phone'

export * from './case-values'

export const Checklist = z.object({
  passport: z.boolean(),
  sim: z.boolean(),
  contract: z.boolean(),
  address: z.boolean(),
  balance: z.boolean()
})
export type Checklist = z.infer<typeof Checklist>

export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code')

/** A number in E.164 (+79123456789), or null while the user has not entered it yet. */
export const E164 = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, 'must be an international number like +79123456789')

export const CaseFields = z.object({
  number: E164.nullable(),
  country: CountryCodeSchema,
  carrier: z.string().trim().max(100),
  cancellationDate: DateOnly.nullable(),
  reference: z.string().max(200),
  channel: z.enum(['store', 'online']).nullable(),
  status: z.enum(CASE_STATUSES),
  notes: z.string().max(20_000),
  checklist: Checklist,
  /** Overrides the carrier's estimated days until the number may be reassigned. */
  reassignDays: z.number().int().min(0).max(3650).nullable(),
  /** Overrides "cancellation date plus one year" for keeping the proofs. */
  keepProofsUntil: DateOnly.nullable()
})
export type CaseFields = z.infer<typeof CaseFields>

export const Case = CaseFields.extend({ id: Id, createdAt: Timestamp, updatedAt: Timestamp })
export type Case = z.infer<typeof Case>

/** A case as the renderer receives it: with its number formatted for people to read. */
export type CaseView = Case & { display: string }

const EMPTY_CHECKLIST: Checklist = {
  passport: false,
  sim: false,
  contract: false,
  address: false,
  balance: false
}

/** What the user types: the number in any common spelling, normalised to E.164 here. */
export const CaseDraft = CaseFields.extend({
  number: z.string().trim().max(40),
  country: CountryCodeSchema.default('RU'),
  carrier: CaseFields.shape.carrier.default(''),
  cancellationDate: DateOnly.nullable().default(null),
  reference: CaseFields.shape.reference.default(''),
  channel: CaseFields.shape.channel.default(null),
  status: CaseFields.shape.status.default('planned'),
  notes: CaseFields.shape.notes.default(''),
  checklist: Checklist.default(EMPTY_CHECKLIST),
  reassignDays: CaseFields.shape.reassignDays.default(null),
  keepProofsUntil: CaseFields.shape.keepProofsUntil.default(null)
}).transform((draft, ctx) => {
  const number = normalisePhone(draft.number, draft.country)
  if (number === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['number'],
      message: 'not a valid phone number for this country'
    })
    return z.NEVER
  }
  return { ...draft, number }
})
export type CaseDraft = z.input<typeof CaseDraft>
export type ParsedCaseDraft = z.output<typeof CaseDraft>

export const CasePatch = CaseFields.omit({ number: true })
  .partial()
  .extend({ number: z.string().trim().max(40).optional() })
export type CasePatch = z.infer<typeof CasePatch>
