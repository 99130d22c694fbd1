import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  DEFAULT_PREFERENCES,
  type AccountSort,
  type Preferences,
  type Theme
} from '../../../shared/domain/preferences-values'
import type { AppError } from '../../../shared/result'
import { api } from '../api/client'
import { setLocale, type Locale } from '../i18n'

/**
 * The language, theme and accounts-table sort, as kept in the data folder (not in the
 * window's storage, which web mode loses whenever its port changes). A change shows at
 * once and is then saved; a refused save puts the last saved value back.
 */
export const usePreferencesStore = defineStore('preferences', () => {
  const saved = ref<Preferences>({ ...DEFAULT_PREFERENCES })
  const loaded = ref(false)

  async function load(): Promise<void> {
    const result = await api.getPreferences({})
    if (!result.ok) return
    saved.value = result.data
    loaded.value = true
    if (result.data.language) await setLocale(result.data.language)
  }

  async function save(patch: Partial<Preferences>): Promise<AppError | null> {
    const before = saved.value
    saved.value = { ...before, ...patch }
    const result = await api.setPreferences(patch)
    if (!result.ok) {
      saved.value = before
      return result.error
    }
    saved.value = result.data
    return null
  }

  async function setLanguage(language: Locale): Promise<AppError | null> {
    await setLocale(language)
    return save({ language })
  }
  const setTheme = (theme: Theme) => save({ theme })
  const setAccountsSort = (accountsSort: AccountSort | null) => save({ accountsSort })

  return {
    loaded,
    theme: computed(() => saved.value.theme),
    language: computed(() => saved.value.language),
    accountsSort: computed(() => saved.value.accountsSort),
    load,
    setLanguage,
    setTheme,
    setAccountsSort
  }
})
