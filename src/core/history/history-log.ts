import type { FieldChange, HistoryEvent } from '../../shared/domain/history'
import { newId } from '../ids'
import type { StoreData } from '../store/schema'

/** Appends one event to the store's history: every change leaves a trace. */
export function record(
  data: StoreData,
  event: Omit<HistoryEvent, 'id' | 'changes'> & { changes?: Record<string, FieldChange> }
): void {
  const { changes, ...rest } = event
  const entry: HistoryEvent = { id: newId(), ...rest }
  if (changes && Object.keys(changes).length > 0) entry.changes = changes
  data.history.push(entry)
}

type Value = FieldChange['from']

/** The fields among `keys` whose values differ, as from→to pairs. */
export function diff<T extends object>(
  before: T | null,
  after: T,
  keys: ReadonlyArray<keyof T & string>
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {}
  for (const key of keys) {
    const from = (before ? before[key] : null) as Value
    const to = after[key] as Value
    if (JSON.stringify(from) !== JSON.stringify(to))
      changes[key] = { from: flatten(from), to: flatten(to) }
  }
  return changes
}

/** Nested values (a checklist) are kept as text so an event stays a flat record. */
function flatten(value: unknown): Value {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return value as Value
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  return JSON.stringify(value)
}
