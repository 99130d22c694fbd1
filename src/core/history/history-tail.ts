import type { StoreData } from '../store/schema'
import type { HistorySegments } from './history-segments'

/** How many recent events the store keeps itself before older ones move to a segment. */
export const HISTORY_TAIL = 2_000

/**
 * Moves the older half of the store's own events into a new segment once there are more
 * than `limit`, so the store stays small however long the history grows. The newer half
 * stays, so an account's recent events show without reading any segment. True when it
 * moved any.
 */
export function foldHistory(
  data: StoreData,
  segments: HistorySegments,
  limit: number,
  now: Date
): boolean {
  if (data.history.length <= limit) return false
  const keep = Math.floor(limit / 2)
  const older = data.history.slice(0, data.history.length - keep)
  data.historySegments = [...data.historySegments, segments.write(older, now)]
  data.history = data.history.slice(data.history.length - keep)
  return true
}
