import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { StartupNotice } from '../../../shared/domain/app-info'
import { DurableTextFile } from './durable-text-file'
import { migrate } from './migrations'
import { StoreData, emptyStore } from './schema'
import { JsonAdapter } from './json-adapter'

export const STORE_FILE = 'unlinker.json'

export interface OpenedStore {
  db: Low<StoreData>
  file: DurableTextFile
  path: string
  notices: StartupNotice[]
}

/**
 * Opens the store in a data folder. A file that cannot be parsed, fails validation or
 * comes from a newer version is never overwritten: it is renamed aside with a timestamp,
 * the app starts from an empty store, and a notice tells the user where the file is.
 */
export async function openStore(
  dataDir: string,
  now: () => Date = () => new Date()
): Promise<OpenedStore> {
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, STORE_FILE)
  const file = new DurableTextFile(path)
  const notices: StartupNotice[] = []
  let data = emptyStore()
  let needsWrite = false

  const text = await file.read()
  if (text === null) {
    needsWrite = true
  } else {
    try {
      const migrated = migrate(JSON.parse(text))
      data = StoreData.parse(migrated.data)
      needsWrite = migrated.from !== data.schemaVersion
    } catch (error) {
      const aside = join(dataDir, `unlinker.unreadable-${stamp(now())}.json`)
      await rename(path, aside)
      notices.push({ kind: 'storeKeptAside', path: aside, reason: describe(error) })
      needsWrite = true
    }
  }

  const db = new Low<StoreData>(new JsonAdapter<StoreData>(file), data)
  db.data = data
  if (needsWrite) await db.write()
  return { db, file, path, notices }
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `it is not complete JSON (${error.message})`
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
    const first = error.issues[0] as { path?: unknown[]; message?: string } | undefined
    const where = first?.path?.length ? ` at ${first.path.join('.')}` : ''
    return `its content is not valid${where}: ${first?.message ?? 'unknown problem'}`
  }
  return error instanceof Error ? error.message : String(error)
}
