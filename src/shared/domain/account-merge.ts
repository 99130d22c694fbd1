import { z } from 'zod'
import { Account, Id } from './account'

/** What undoing a merge needs: the kept account as it was, the merged ones, their proofs. */
export const MergeUndo = z.object({
  before: Account,
  removed: z.array(Account).min(1).max(1000),
  /** The proofs that moved to the kept account, with the account each belonged to. */
  proofs: z.array(z.object({ id: Id, ownerId: Id })).max(100_000)
})
export type MergeUndo = z.infer<typeof MergeUndo>
