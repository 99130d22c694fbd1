import { z } from 'zod'
import { Id, Timestamp } from './account'
import { HISTORY_ACTIONS, HISTORY_ENTITIES } from './history-values'

export * from './history-values'

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
