import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { AppInfo } from '../../../shared/domain/app-info'
import type { AppError, Result } from '../../../shared/result'
import { api } from '../api/client'
import { useAppStore } from './app'

/**
 * The data folder's encryption: turning it on, changing the passphrase, locking and
 * unlocking. Each of these answers the app's state afresh, which becomes the app store's
 * info; a refused call leaves it as it was and hands the error back to show.
 */
export const useSecurityStore = defineStore('security', () => {
  const app = useAppStore()
  const encryption = computed<AppInfo['encryption'] | null>(() => app.info?.encryption ?? null)

  async function adopt(call: Promise<Result<AppInfo>>): Promise<AppError | null> {
    const result = await call
    if (!result.ok) return result.error
    app.info = result.data
    return null
  }

  const unlock = (passphrase: string, remember: boolean) =>
    adopt(api.unlock({ passphrase, remember }))
  const enable = (passphrase: string) => adopt(api.enableEncryption({ passphrase }))
  /** Seals what a cut-short enable left plain. */
  const finish = () => adopt(api.finishEncryption({}))
  const unfinished = computed(() => app.info?.encryptionUnfinished ?? false)
  const changePassphrase = (current: string, next: string) =>
    adopt(api.changePassphrase({ current, next }))
  /** Locks at once; the caller reloads the page so no data stays in its memory. */
  const lock = () => adopt(api.lock({}))

  return { encryption, unfinished, unlock, enable, finish, changePassphrase, lock }
})
