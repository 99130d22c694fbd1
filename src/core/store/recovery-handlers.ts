import type { AppInfo } from '../../shared/domain/app-info'
import type { Handlers } from '../call/handler-types'
import type { OpenedStore } from './open-store'
import { recoverEmpty, recoverFromSnapshot } from './store-recovery'

/** Calls that work while the store is in recovery; everything else waits for a decision. */
export const RECOVERY_METHODS = new Set<string>([
  'getAppInfo',
  'getPreferences',
  'recoverFromSnapshot',
  'recoverEmpty',
  'chooseDataFolder',
  'quitApp'
])

/** The user's two ways out of recovery, each answering the app's state afterwards. */
export function buildRecoveryHandlers(
  store: () => OpenedStore,
  info: () => AppInfo
): Pick<Handlers, 'recoverFromSnapshot' | 'recoverEmpty'> {
  return {
    recoverFromSnapshot: async ({ name }) => {
      await recoverFromSnapshot(store(), name)
      return info()
    },
    recoverEmpty: async () => {
      await recoverEmpty(store())
      return info()
    }
  }
}
