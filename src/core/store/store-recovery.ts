import { rename } from 'node:fs/promises'
import type { Recovery } from '../../shared/domain/app-info'
import { DomainError } from '../errors'
import { migrate } from './migrations'
import { describe, type OpenedStore } from './open-store'
import { StoreData, emptyStore } from './schema'

/**
 * The user's two ways out of recovery mode. Either way the unreadable file is renamed
 * aside first, and stays mentioned in the notices until dismissed.
 */
export async function recoverFromSnapshot(store: OpenedStore, name: string): Promise<void> {
  const recovery = requireRecovery(store)
  let data: StoreData
  try {
    const text = await store.snapshots.read(name)
    data = StoreData.parse(migrate(JSON.parse(text)).data)
  } catch (error) {
    throw new DomainError('badArchive', `This snapshot cannot be used either: ${describe(error)}`)
  }
  await rename(recovery.storePath, recovery.keptAside)
  store.db.data = data
  await store.db.write()
  leaveRecovery(store, recovery)
  await store.history.checkPresent(data.historySegments)
}

export async function recoverEmpty(store: OpenedStore): Promise<void> {
  const recovery = requireRecovery(store)
  await rename(recovery.storePath, recovery.keptAside)
  store.db.data = emptyStore()
  await store.db.write()
  leaveRecovery(store, recovery)
}

function requireRecovery(store: OpenedStore): Recovery {
  if (!store.recovery) throw new DomainError('conflict', 'Your data is fine; nothing to recover.')
  return store.recovery
}

function leaveRecovery(store: OpenedStore, recovery: Recovery): void {
  store.recovery = null
  store.notices.push({ kind: 'storeKeptAside', path: recovery.keptAside, reason: recovery.reason })
}
