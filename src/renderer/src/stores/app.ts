import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AppInfo, StartupNotice } from '../../../shared/domain/app-info'
import type { AppError, Result } from '../../../shared/result'
import { api } from '../api/client'

/**
 * The app's own state (version, data folder, encryption, a damaged store to recover) and
 * what acts on the app itself: recovery, another data folder, quitting, the licences.
 */
export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const error = ref<string | null>(null)
  const dismissed = ref<string[]>([])
  /** The third-party licences, fetched the first time they are asked for. */
  const thirdPartyNotices = ref<string | null>(null)

  const notices = computed<StartupNotice[]>(
    () => info.value?.notices.filter((n) => !dismissed.value.includes(n.path)) ?? []
  )

  async function load(): Promise<void> {
    const result = await api.getAppInfo({})
    if (result.ok) info.value = result.data
    else error.value = result.error.message
  }

  function dismiss(notice: StartupNotice): void {
    dismissed.value.push(notice.path)
  }

  async function adopt(call: Promise<Result<AppInfo>>): Promise<AppError | null> {
    const result = await call
    if (!result.ok) return result.error
    info.value = result.data
    return null
  }

  /** Replaces an unreadable store with one of its snapshots. */
  const recoverFromSnapshot = (name: string) => adopt(api.recoverFromSnapshot({ name }))
  /** Starts again from an empty store; the unreadable file stays where it was kept. */
  const recoverEmpty = () => adopt(api.recoverEmpty({}))

  async function chooseDataFolder(): Promise<AppError | null> {
    const result = await api.chooseDataFolder({})
    return result.ok ? null : result.error
  }

  async function quit(): Promise<AppError | null> {
    const result = await api.quitApp({})
    return result.ok ? null : result.error
  }

  async function loadThirdPartyNotices(): Promise<AppError | null> {
    if (thirdPartyNotices.value !== null) return null
    const result = await api.getThirdPartyNotices({})
    if (!result.ok) return result.error
    thirdPartyNotices.value = result.data.text
    return null
  }

  return {
    info,
    error,
    dismissed,
    thirdPartyNotices,
    notices,
    load,
    dismiss,
    recoverFromSnapshot,
    recoverEmpty,
    chooseDataFolder,
    quit,
    loadThirdPartyNotices
  }
})
