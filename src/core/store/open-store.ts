import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { Recovery, StartupNotice } from '../../shared/domain/app-info'
import { DurableTextFile } from './durable-text-file'
import { migrate } from './migrations'
import { StoreData, emptyStore } from './schema'
import { JsonAdapter } from './json-adapter'
import { Snapshots } from './snapshots'
import { SealBrokenError, type Sealer } from '../crypto/sealer'
import { HistorySegments } from '../history/history-segments'
import { HISTORY_TAIL, foldHistory } from '../history/history-tail'

export const STORE_FILE = 'unlinker.json'

const NOT_SEALED_REASON =
  'it is not encrypted, although the rest of the folder is: Unlinker did not write it, so it is not used'

export interface OpenedStore {
  db: Low<StoreData>
  file: DurableTextFile
  path: string
  notices: StartupNotice[]
  /** Set when the file could not be used: nothing is written until the user decides. */
  recovery: Recovery | null
  snapshots: Snapshots
  /** Older history, read when something asks for all of it. */
  history: HistorySegments
  /** How many recent events the store keeps itself (see foldHistory). */
  historyTail: number
}

export interface StoreOptions {
  now?: () => Date
  sealer?: Sealer | null
  /** How many recent events the store keeps itself (see foldHistory). */
  historyTail?: number
  /** Hears what went wrong without stopping the store (a snapshot that was skipped). */
  warn?: (message: string) => void
}

/**
 * Opens the store in a data folder. A file that cannot be parsed, fails validation or
 * comes from a newer version is never overwritten: the store opens in recovery and
 * touches nothing until the user chooses; only then is the file renamed aside.
 * A good store is snapshotted for the day, and before any migration.
 */
export async function openStore(
  dataDir: string,
  {
    now = () => new Date(),
    sealer = null,
    historyTail = HISTORY_TAIL,
    warn = () => undefined
  }: StoreOptions = {}
): Promise<OpenedStore> {
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, STORE_FILE)
  const file = new DurableTextFile(path, sealer)
  const notices: StartupNotice[] = []
  const snapshots = new Snapshots(dataDir, sealer)
  const history = new HistorySegments(dataDir, sealer, (where, reason) => {
    if (!notices.some((n) => n.path === where))
      notices.push({ kind: 'historyUnreadable', path: where, reason })
  })
  let data = emptyStore()
  let needsWrite = false
  let recovery: Recovery | null = null

  let text: string | null = null
  let broken: SealBrokenError | null = null
  try {
    text = await file.read()
  } catch (error) {
    if (!(error instanceof SealBrokenError)) throw error
    broken = error
  }
  if (broken) {
    const aside = join(dataDir, `unlinker.unreadable-${stamp(now())}.json`)
    recovery = {
      storePath: path,
      keptAside: aside,
      reason: broken.message,
      snapshots: await snapshots.list()
    }
  } else if (text === null) {
    needsWrite = true
  } else {
    try {
      const migrated = migrate(JSON.parse(text))
      data = StoreData.parse(migrated.data)
      needsWrite = migrated.from !== data.schemaVersion
      if (needsWrite) await snapshots.take(text, 'pre-migration', now())
    } catch (error) {
      // Left exactly where it is until the user decides; then it is renamed to `aside`.
      const aside = join(dataDir, `unlinker.unreadable-${stamp(now())}.json`)
      recovery = {
        storePath: path,
        keptAside: aside,
        reason: describe(error),
        snapshots: await snapshots.list()
      }
    }
  }

  for (const path of await snapshots.notSealed())
    notices.push({ kind: 'snapshotNotSealed', path, reason: NOT_SEALED_REASON })

  const db = new Low<StoreData>(new JsonAdapter<StoreData>(file), data)
  db.data = data
  if (!recovery) await history.checkPresent(data.historySegments)
  if (!recovery && foldHistory(data, history, historyTail, now())) {
    await history.written()
    needsWrite = true
  }
  if (needsWrite && !recovery) await db.write()
  // The text just read is the store as it stands unless it was migrated or new: no need
  // to serialise 25 MB again for the day's snapshot.
  // A skipped snapshot is also said on screen: the user learns the disk is full before
  // anything else fails, and that the folder still works.
  if (!recovery)
    await snapshots.takeDaily(!needsWrite && text ? text : JSON.stringify(db.data), now(), (m) => {
      warn(m)
      notices.push({ kind: 'snapshotSkipped', path: snapshots.dir, reason: m })
    })
  return { db, file, path, notices, recovery, snapshots, history, historyTail }
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

export function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `it is not complete JSON (${error.message})`
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
    const first = error.issues[0] as { path?: unknown[]; message?: string } | undefined
    const where = first?.path?.length ? ` at ${first.path.join('.')}` : ''
    return `its content is not valid${where}: ${first?.message ?? 'unknown problem'}`
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * Stands in for the store while the data is locked: empty, and never written. Its files
 * are read-only, so a call that slipped past the lock is refused instead of writing a
 * plain store, snapshot or segment over the sealed ones.
 */
export function lockedStore(dataDir: string): OpenedStore {
  const file = new DurableTextFile(join(dataDir, STORE_FILE), null, true)
  const db = new Low<StoreData>(new JsonAdapter<StoreData>(file), emptyStore())
  return {
    db,
    file,
    path: file.path,
    notices: [],
    recovery: null,
    snapshots: new Snapshots(dataDir, null, true),
    history: new HistorySegments(dataDir, null, undefined, true),
    historyTail: HISTORY_TAIL
  }
}
