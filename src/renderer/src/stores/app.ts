import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AppInfo, StartupNotice } from '../../../shared/domain/app-info'
import { api } from '../api/client'

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const error = ref<string | null>(null)
  const dismissed = ref<string[]>([])

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

  return { info, error, dismissed, notices, load, dismiss }
})
