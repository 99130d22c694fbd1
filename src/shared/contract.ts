import { z } from 'zod'
import { Account, AccountDraft, AccountPatch, Id, STATUSES } from './domain/account'
import type { HistoryEvent } from './domain/history'
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

  listHistory: returns<HistoryEvent[]>()(
    z.object({
      entityId: Id.optional(),
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
