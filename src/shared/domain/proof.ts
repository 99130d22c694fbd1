import { z } from 'zod'
import { Id, Timestamp } from './account'
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
  addedAt: Timestamp,
  example: ExampleFlag
})
export type Proof = z.infer<typeof Proof>
