import { z } from 'zod'
import { Id, Timestamp } from './account'

export const HISTORY_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'restored',
  'stepTicked',
  'stepUnticked'
] as const
export const HISTORY_ENTITIES = ['case', 'account', 'person', 'proof'] as const
export type HistoryAction = (typeof HISTORY_ACTIONS)[number]

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])

/** One field's value before and after a change. */
export const FieldChange = z.object({ from: Scalar, to: Scalar })
export type FieldChange = z.infer<typeof FieldChange>

export const HistoryEvent = z.object({
  id: Id,
  at: Timestamp,
  entity: z.enum(HISTORY_ENTITIES),
  entityId: Id,
  /** The entity's name at the time, so the event still reads well after a delete. */
  label: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  changes: z.record(z.string(), FieldChange).optional()
})
export type HistoryEvent = z.infer<typeof HistoryEvent>
