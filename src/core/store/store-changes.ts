import type { HistoryEvent } from '../../shared/domain/history'
import { DiskFullError, DomainError } from '../errors'
import { foldHistory } from '../history/history-tail'
import type { OpenedStore } from './open-store'
import { StoreData } from './schema'

/**
 * Applies a change in memory and persists it; if the disk refuses, memory goes back.
 * A segment the change's save names is on disk before the store that names it.
 */
export async function saveChange<T>(store: OpenedStore, change: () => T, now: Date): Promise<T> {
  const result = change()
  try {
    foldHistory(store.db.data, store.history, store.historyTail, now)
    await store.history.written()
    await store.db.write()
  } catch (error) {
    const text = await store.file.read()
    if (text !== null) store.db.data = StoreData.parse(JSON.parse(text))
    throw new DomainError(
      'storeUnavailable',
      error instanceof DiskFullError
        ? `The change was not saved: the disk that holds ${error.dir} is full.`
        : `Could not save the change: ${(error as Error).message}`
    )
  }
  return result
}

/** Every event, oldest first: the store's own after those in its segments. */
export async function wholeHistory(store: OpenedStore): Promise<HistoryEvent[]> {
  for (;;) {
    const names = store.db.data.historySegments
    await store.history.load(names)
    // A save may have moved events into a new segment while those were read.
    if (store.db.data.historySegments === names) return loadedHistory(store.db.data, store)
  }
}

/**
 * Replaces the store with what `change` makes of it and its whole history (a restore);
 * the older part of the result goes to a new segment as it is saved.
 */
export async function replaceWhole(
  store: OpenedStore,
  change: (current: StoreData) => StoreData,
  now: Date
): Promise<void> {
  await wholeHistory(store)
  await saveChange(
    store,
    () => {
      const current = store.db.data
      const history = loadedHistory(current, store)
      store.db.data = change({ ...current, history, historySegments: [] })
    },
    now
  )
}

/** The whole history of `data` once its segments are in memory. */
function loadedHistory(data: StoreData, store: OpenedStore): HistoryEvent[] {
  return [...store.history.loaded(data.historySegments), ...data.history]
}
