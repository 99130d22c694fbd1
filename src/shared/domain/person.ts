import { z } from 'zod'
import { Id, Timestamp } from './account'
import { ExampleFlag } from './example-flag'
import { DateOnly, KeptDate } from './dates'
import { MAX_MESSAGE_LANGUAGES, MESSAGE_LANGUAGES } from './people-message'

export const PERSON_STATUSES = ['toNotify', 'notified'] as const
export type PersonStatus = (typeof PERSON_STATUSES)[number]

/** Someone who has the old number: to be told the new one. */
export const PersonFields = z.object({
  caseId: Id,
  name: z.string().trim().min(1, 'name is required').max(200),
  relation: z.string().trim().max(100),
  contact: z.string().trim().max(500),
  status: z.enum(PERSON_STATUSES),
  notifiedOn: DateOnly.nullable(),
  notes: z.string().max(20_000),
  /**
   * The languages the message with the new number is written in for this person, one or
   * two; none: the language of the number they know.
   */
  messageLanguages: z.array(z.enum(MESSAGE_LANGUAGES)).max(MAX_MESSAGE_LANGUAGES)
})
export type PersonFields = z.infer<typeof PersonFields>

export const Person = PersonFields.extend({
  notifiedOn: KeptDate,
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  example: ExampleFlag
})
export type Person = z.infer<typeof Person>

export const PersonDraft = PersonFields.extend({
  relation: PersonFields.shape.relation.default(''),
  contact: PersonFields.shape.contact.default(''),
  status: PersonFields.shape.status.default('toNotify'),
  notifiedOn: PersonFields.shape.notifiedOn.default(null),
  notes: PersonFields.shape.notes.default(''),
  messageLanguages: PersonFields.shape.messageLanguages.default([])
})
export type PersonDraft = z.input<typeof PersonDraft>

export const PersonPatch = PersonFields.partial()
export type PersonPatch = z.infer<typeof PersonPatch>
