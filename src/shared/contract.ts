import { z } from 'zod'
import {
  Account,
  AccountDraft,
  AccountPatch,
  CustomStep,
  Id,
  STATUSES,
  StepId
} from './domain/account'
import { CaseDraft, CasePatch, type Case } from './domain/case'
import { HISTORY_ENTITIES, type HistoryEvent } from './domain/history'
import { Person, PersonDraft, PersonPatch } from './domain/person'
import type { AppInfo } from './domain/app-info'
import type { Result } from './result'

/**
 * Declares one renderer→main method: its input schema, checked in main, and the type of
 * its answer. The output is a phantom: it exists for the type checker only.
 */
function returns<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output?: O } => ({ input })
}

const Empty = z.object({}).strict()

export const contract = {
  getAppInfo: returns<AppInfo>()(Empty),

  listCases: returns<Case[]>()(Empty),
  createCase: returns<Case>()(CaseDraft),
  updateCase: returns<Case>()(z.object({ id: Id, patch: CasePatch })),
  /** Only an empty case can be deleted. */
  deleteCase: returns<Case>()(z.object({ id: Id })),

  listAccounts: returns<Account[]>()(Empty),
  createAccount: returns<Account>()(AccountDraft),
  updateAccount: returns<Account>()(z.object({ id: Id, patch: AccountPatch })),
  /** One write for any number of accounts: marking many unlinked is a single action. */
  setAccountStatus: returns<Account[]>()(
    z.object({ ids: z.array(Id).min(1).max(100_000), status: z.enum(STATUSES) })
  ),
  /** Answers the deleted account, so the UI can offer undo through restoreAccount. */
  deleteAccount: returns<Account>()(z.object({ id: Id })),
  restoreAccount: returns<Account>()(z.object({ account: Account })),

  /** Creates one account per catalog entry, skipping those the case already has. */
  addFromCatalog: returns<Account[]>()(
    z.object({
      caseId: Id.optional(),
      catalogIds: z
        .array(z.string().regex(/^[a-z0-9-]{1,100}$/))
        .min(1)
        .max(1000)
    })
  ),
  tickStep: returns<Account>()(z.object({ id: Id, stepId: StepId, ticked: z.boolean() })),
  addCustomStep: returns<Account>()(z.object({ id: Id, title: CustomStep.shape.title })),
  removeCustomStep: returns<Account>()(z.object({ id: Id, stepId: StepId })),

  listPeople: returns<Person[]>()(Empty),
  createPerson: returns<Person>()(PersonDraft.extend({ caseId: Id.optional() })),
  updatePerson: returns<Person>()(z.object({ id: Id, patch: PersonPatch })),
  deletePerson: returns<Person>()(z.object({ id: Id })),
  restorePerson: returns<Person>()(z.object({ person: Person })),

  listHistory: returns<HistoryEvent[]>()(
    z.object({
      entityId: Id.optional(),
      entity: z.enum(HISTORY_ENTITIES).optional(),
      limit: z.number().int().min(1).max(10_000).default(500)
    })
  )
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>

/** The one api object the renderer sees, whichever carrier (IPC or HTTP) is underneath. */
export type Api = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
}

export const METHOD_NAMES = Object.keys(contract) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/** The IPC channel of a method: one channel per method, never a generic one. */
export function channelOf(name: MethodName): string {
  return `unlinker:${name}`
}
