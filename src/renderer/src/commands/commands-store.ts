import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppCommand } from '../../../shared/commands'
import { router } from '../router'

const PAGE_OF: Record<AppCommand, string> = {
  newAccount: '/accounts',
  search: '/accounts',
  export: '/archive',
  preferences: '/settings'
}

/**
 * Carries a shortcut or menu command to the page that does it: the page is opened, then
 * it takes the pending command and acts (opens the form, focuses search, exports).
 */
export const useCommandsStore = defineStore('commands', () => {
  const pending = ref<AppCommand | null>(null)

  async function run(command: AppCommand): Promise<void> {
    pending.value = command
    if (router.currentRoute.value.path !== PAGE_OF[command]) await router.push(PAGE_OF[command])
  }

  /** Answers true once for the page that handles `command`. */
  function take(command: AppCommand): boolean {
    if (pending.value !== command) return false
    pending.value = null
    return true
  }

  return { pending, run, take }
})
