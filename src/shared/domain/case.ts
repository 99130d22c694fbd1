import { z } from 'zod'
import { Id, Timestamp } from './account'
import { ExampleFlag } from './example-flag'
import { DateOnly, KeptDate } from './dates'
import {
  CASE_STATUSES,
  CHECKLIST_ITEMS,
  COUNTRY_ITEMS,
  EMPTY_CHECKLIST,
  type ChecklistItem
} from './case-values'
import type { CountryClocks } from './phase'
import { MAX_MESSAGE_LANGUAGES, MESSAGE_LANGUAGES } from './people-message'
import { normalisePhone } from './phone'

export * from './case-values'

/**
 * One tick per item of the store and the online checklists. A country's own item came
 * later than the store's version 8: a number saved before has it unticked.
 */
export const Checklist = z.object(
  Object.fromEntries(
    CHECKLIST_ITEMS.map((item) => [
      item,
      (COUNTRY_ITEMS as readonly string[]).includes(item) ? z.boolean().default(false) : z.boolean()
    ])
  ) as Record<ChecklistItem, z.ZodBoolean>
)
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
  keepProofsUntil: DateOnly.nullable(),
  /** The last day the number was used: a number unused long enough loses its contract. */
  lastUseDate: DateOnly.nullable(),
  /** The number that replaces this one (E.164), to announce to people and services. */
  replacementNumber: E164.nullable(),
  /** The number is registered to a foreign citizen of its country: other rules apply (Russia's biometrics). */
  holderForeignCitizen: z.boolean(),
  /** The holder's name as the statement of cancellation gives it; empty leaves a line to write it on. */
  holderName: z.string().trim().max(200),
  /** The day the user leaves the country: what needs a visit in person comes before it. */
  departureDate: DateOnly.nullable(),
  /**
   * The number is kept alive abroad instead of cancelled: a paid call, SMS or data before
   * the country's inactivity period ends keeps its contract (see lastUseDate).
   */
  keptAbroad: z.boolean(),
  /** The state checks of the plan the user has done (ids of the country's statements). */
  stateActionsDone: z.array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/)).max(50),
  /**
   * The languages of the message with the new number on the number's card (for all its
   * people), one or two; none: its country's.
   */
  messageLanguages: z.array(z.enum(MESSAGE_LANGUAGES)).max(MAX_MESSAGE_LANGUAGES)
})
export type CaseFields = z.infer<typeof CaseFields>

export const Case = CaseFields.extend({
  cancellationDate: KeptDate,
  keepProofsUntil: KeptDate,
  lastUseDate: KeptDate,
  departureDate: KeptDate,
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  example: ExampleFlag
})
export type Case = z.infer<typeof Case>

/** A case as a form sends it: both numbers as typed, for main to read. */
export type CaseInput = Omit<
  CaseFields,
  'number' | 'replacementNumber' | 'stateActionsDone' | 'messageLanguages'
> & {
  number: string
  replacementNumber: string
}

/**
 * A case as the renderer receives it: with its numbers formatted for people to read, and
 * what the knowledge base says of its country and carrier (the window never reads it).
 */
export type CaseView = Case & {
  display: string
  replacementDisplay: string
  /** The clocks its country's numbers run on. */
  clocks: CountryClocks
  /** The carrier's name, or the carrier as typed when the knowledge base does not know it. */
  carrierName: string
  /** The store visit's checklist for its country. */
  storeChecklist: ChecklistItem[]
}

const REPLACEMENT_INVALID =
  'not a valid international number (start it with + and the country code)'

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
  checklist: Checklist.default({ ...EMPTY_CHECKLIST }),
  reassignDays: CaseFields.shape.reassignDays.default(null),
  keepProofsUntil: CaseFields.shape.keepProofsUntil.default(null),
  lastUseDate: CaseFields.shape.lastUseDate.default(null),
  replacementNumber: z.string().trim().max(40).default(''),
  holderForeignCitizen: CaseFields.shape.holderForeignCitizen.default(false),
  holderName: CaseFields.shape.holderName.default(''),
  departureDate: CaseFields.shape.departureDate.default(null),
  keptAbroad: CaseFields.shape.keptAbroad.default(false),
  stateActionsDone: CaseFields.shape.stateActionsDone.default([]),
  messageLanguages: CaseFields.shape.messageLanguages.default([])
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
  const replacementNumber = normaliseReplacement(draft.replacementNumber)
  if (replacementNumber === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['replacementNumber'],
      message: REPLACEMENT_INVALID
    })
    return z.NEVER
  }
  return { ...draft, number, replacementNumber }
})

/**
 * The new number may be in any country, so it is read as an international number; a
 * number without + is read as one of the old number's country only by normalisePhone.
 */
export function normaliseReplacement(input: string): string | null | undefined {
  const text = input.trim()
  return text === '' ? null : normalisePhone(text.startsWith('+') ? text : `+${text}`, 'ZZ')
}
export type CaseDraft = z.input<typeof CaseDraft>
export type ParsedCaseDraft = z.output<typeof CaseDraft>

export const CasePatch = CaseFields.omit({ number: true, replacementNumber: true })
  .partial()
  .extend({
    number: z.string().trim().max(40).optional(),
    replacementNumber: z
      .string()
      .trim()
      .max(40)
      .refine((text) => normaliseReplacement(text) !== undefined, REPLACEMENT_INVALID)
      .optional()
  })
export type CasePatch = z.infer<typeof CasePatch>
