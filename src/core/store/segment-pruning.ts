import { SEGMENT_NAME } from '../history/history-segments'
import type { OpenedStore } from './open-store'

/** Segment names as they appear inside a store's text. */
const NAMED = new RegExp(SEGMENT_NAME.source.slice(1, -1), 'g')

/**
 * Deletes history segments that neither the store nor any snapshot names: those a
 * restore or a recovery replaced once the snapshots from before it are gone, and one
 * whose store save never happened. Snapshots are read only when such a segment exists,
 * which it does not in a folder that was never restored. A snapshot that cannot be read
 * keeps every segment.
 */
export async function pruneSegments(store: OpenedStore): Promise<string[]> {
  const named = new Set(store.db.data.historySegments)
  const candidates = (await store.history.files()).filter((name) => !named.has(name))
  if (candidates.length === 0) return []
  for (const snapshot of await store.snapshots.list()) {
    const text = await store.snapshots.read(snapshot.name)
    for (const name of text.match(NAMED) ?? []) named.add(name)
  }
  // The store may have named more while the snapshots were read.
  for (const name of store.db.data.historySegments) named.add(name)
  const orphans = candidates.filter((name) => !named.has(name))
  for (const name of orphans) await store.history.remove(name)
  return orphans
}
