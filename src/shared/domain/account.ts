import { z } from 'zod'
import { AccountEvidence } from './account-evidence'
import { ExampleFlag } from './example-flag'
import { PLAYBOOK_KINDS } from './playbook-kind'
import {
  CATEGORIES,
  isHttpUrl,
  LIMITS,
  PHONE_CODE_ANSWERS,
  REPLACEMENTS,
  STATUSES,
  USAGES
} from './account-values'

export * from './account-values'

export const Id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not a valid id')
export const Timestamp = z.iso.datetime({ offset: true })

/** Only http(s) links: a settings link is opened in the system browser, nothing else. */
export const HttpUrl = z
  .string()
  .trim()
  .max(LIMITS.url)
  .refine(isHttpUrl, 'must be an http:// or https:// address')

export const StepId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'not a valid step id')

/** A step the user added to one account's playbook. */
export const CustomStep = z.object({
  id: StepId,
  title: z.string().trim().min(1, 'the step needs a title').max(300)
})
export type CustomStep = z.infer<typeof CustomStep>

export const AccountFields = z.object({
  name: z.string().trim().min(1, 'name is required').max(LIMITS.name),
  category: z.enum(CATEGORIES),
  usages: z.array(z.enum(USAGES)).max(USAGES.length),
  settingsUrl: HttpUrl.nullable(),
  notes: z.string().max(LIMITS.notes),
  status: z.enum(STATUSES),
  /** The case (old number) the account is tied to. */
  caseId: Id,
  /** The built-in catalog entry it was created from, if any. */
  catalogId: z.string().max(100).nullable(),
  playbook: z.enum(PLAYBOOK_KINDS),
  replacement: z.enum(REPLACEMENTS).nullable(),
  /** Whether the account gets codes by SMS or call, where its service can send them. */
  phoneCodes: z.enum(PHONE_CODE_ANSWERS).nullable(),
  /** The user can no longer get in with the old number: the app shows the way back. */
  lockedOut: z.boolean(),
  /**
   * The user marked it as the recovery address of other accounts (a mailbox or sign-in
   * they reset others through): it goes first in the plan and its risk counts that stake.
   */
  recoversOthers: z.boolean()
})
export type AccountFields = z.infer<typeof AccountFields>

export const Account = AccountFields.extend({
  id: Id,
  /** Ids of the playbook and custom steps the user has ticked. */
  ticked: z.array(StepId).max(200),
  customSteps: z.array(CustomStep).max(100),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When the number was taken off it (unlinked, then maybe verified); absent otherwise,
   * and in records written before this was kept (their last change stands in). */
  unlinkedAt: Timestamp.optional(),
  example: ExampleFlag,
  /** What discovery found of it (messages, saved logins); absent when added by hand. */
  evidence: AccountEvidence.optional(),
  /**
   * Accounts merged into this one (duplicates of it on its number): their history is
   * part of this account's. Absent when none was.
   */
  mergedFrom: z.array(Id).max(1000).optional()
})
export type Account = z.infer<typeof Account>

/** What a user types to create an account: everything but the name has a default. */
export const AccountDraft = AccountFields.extend({
  usages: AccountFields.shape.usages.default([]),
  settingsUrl: HttpUrl.nullable().default(null),
  notes: AccountFields.shape.notes.default(''),
  status: AccountFields.shape.status.default('todo'),
  category: AccountFields.shape.category.default('other'),
  /** Without one, the account joins the only case (or a new one when there is none). */
  caseId: Id.optional(),
  catalogId: AccountFields.shape.catalogId.default(null),
  /** Without one, the playbook follows the category. */
  playbook: AccountFields.shape.playbook.optional(),
  replacement: AccountFields.shape.replacement.default(null),
  phoneCodes: AccountFields.shape.phoneCodes.default(null),
  lockedOut: AccountFields.shape.lockedOut.default(false),
  recoversOthers: AccountFields.shape.recoversOthers.default(false),
  evidence: AccountEvidence.optional()
})
export type AccountDraft = z.input<typeof AccountDraft>

export const AccountPatch = AccountFields.omit({ catalogId: true }).partial()
export type AccountPatch = z.infer<typeof AccountPatch>
