import type { HistoryEvent } from '../../shared/domain/history'
import type { Handlers } from '../call/handler-types'
import type { StoreData } from '../store/schema'

/** The history of changes, newest first, reading older segments only when needed. */
export function buildHistoryHandlers(deps: {
  data: () => StoreData
  /** Every event, reading older segments from disk the first time. */
  history: () => Promise<HistoryEvent[]>
}): Pick<Handlers, 'listHistory'> {
  const { data, history } = deps
  return {
    listHistory: async ({ entityId, entity, limit }) => {
      // An account's history holds that of the duplicates merged into it.
      const merged = entityId
        ? (data().accounts.find((a) => a.id === entityId)?.mergedFrom ?? [])
        : []
      const ids = new Set(entityId ? [entityId, ...merged] : [])
      const keep = (e: HistoryEvent): boolean =>
        (!entityId || ids.has(e.entityId)) && (!entity || e.entity === entity)
      // The store's own recent events often answer alone; older segments only when not.
      // An entity's events begin with its creation: once each one's is found, none are older.
      const recent = newestFirst(data().history, limit, keep)
      const created = new Set(recent.filter((e) => e.action === 'created').map((e) => e.entityId))
      const whole =
        recent.length === limit ||
        (entityId !== undefined && [...ids].every((id) => created.has(id)))
      if (whole) return recent
      return newestFirst(await history(), limit, keep)
    }
  }
}

function newestFirst(
  events: HistoryEvent[],
  limit: number,
  keep: (e: HistoryEvent) => boolean
): HistoryEvent[] {
  const out: HistoryEvent[] = []
  for (let i = events.length - 1; i >= 0 && out.length < limit; i--) {
    const event = events[i]!
    if (keep(event)) out.push(event)
  }
  return out
}
