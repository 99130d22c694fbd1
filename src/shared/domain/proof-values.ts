/** What a proof can be, without its schema; proof.ts re-exports this. */
export const PROOF_KINDS = ['agreement', 'receipt', 'screenshot', 'other'] as const
export type ProofKind = (typeof PROOF_KINDS)[number]
