import { z } from 'zod'
import { Id, Timestamp } from './account'
import { DateOnly, toDateOnly } from './dates'
import { PROOF_KINDS } from './proof-values'
import { ExampleFlag } from './example-flag'

export * from './proof-values'

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest')

/** A file kept in the vault, attached to a case or an account. */
export const Proof = z.object({
  id: Id,
  ownerType: z.enum(['case', 'account']),
  ownerId: Id,
  sha256: Sha256,
  originalName: z.string().min(1).max(1000),
  mediaType: z.string().max(200),
  size: z.number().int().nonnegative(),
  kind: z.enum(PROOF_KINDS),
  note: z.string().max(5000),
  /** When it was added to the vault. */
  addedAt: Timestamp,
  /** The date on the document itself (an agreement's signing day), which may be earlier. */
  documentDate: DateOnly,
  example: ExampleFlag
})
export type Proof = z.infer<typeof Proof>

/**
 * The date a proof recorded before document dates is taken to bear: the (local) day it
 * was added, which is what the archive named it by then.
 */
export function addedDay(addedAt: string): string {
  const added = new Date(addedAt)
  return Number.isNaN(added.getTime()) ? addedAt.slice(0, 10) : toDateOnly(added)
}
