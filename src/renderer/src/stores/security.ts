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
  /**
   * Turning encryption on (or finishing it) can fail part-way with encryption already on:
   * after a refusal the app's state is read again, so the page shows where things stand.
   */
  async function sealing(call: Promise<Result<AppInfo>>): Promise<AppError | null> {
    const refused = await adopt(call)
    if (refused) await app.load()
    return refused
  }
  const enable = (passphrase: string) => sealing(api.enableEncryption({ passphrase }))
  /** Seals what a cut-short enable left plain. */
  const finish = () => sealing(api.finishEncryption({}))
  const unfinished = computed(() => app.info?.encryptionUnfinished ?? false)
  const changePassphrase = (current: string, next: string) =>
    adopt(api.changePassphrase({ current, next }))
  /** Locks at once; the caller reloads the page so no data stays in its memory. */
  const lock = () => adopt(api.lock({}))

  return { encryption, unfinished, unlock, enable, finish, changePassphrase, lock }
})
