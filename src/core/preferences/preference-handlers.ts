import { join } from 'node:path'
import {
  DEFAULT_PREFERENCES,
  PLAIN_PREFERENCE_KEYS,
  PreferencesSchema,
  type Preferences,
  type PreferencesPatch
} from '../../shared/domain/preferences'
import type { StoreData } from '../store/schema'
import { DurableTextFile } from '../store/durable-text-file'

export const PLAIN_PREFERENCES_FILE = 'preferences.json'

export interface PreferenceDeps {
  dataDir: string
  data: () => StoreData
  /** False while the store is locked or unreadable: the plain copy answers then. */
  storeReadable: () => boolean
  mutate: <T>(change: () => T) => Promise<T>
}

/**
 * The preferences live in the store, sealed with it when encryption is on. The language
 * and theme are copied to a plain file as well: the lock and recovery screens must speak
 * the user's language before the store can be read, and neither says anything about the
 * user's accounts. The table sort stays only in the store.
 */
export function buildPreferenceHandlers(deps: PreferenceDeps) {
  const plain = new DurableTextFile(join(deps.dataDir, PLAIN_PREFERENCES_FILE))

  async function readPlain(): Promise<Preferences> {
    const text = await plain.read().catch(() => null)
    if (text === null) return { ...DEFAULT_PREFERENCES }
    try {
      const parsed = PreferencesSchema.safeParse(JSON.parse(text))
      // Only the plain keys count from this file, whatever else it may hold.
      if (parsed.success)
        return {
          ...DEFAULT_PREFERENCES,
          language: parsed.data.language,
          theme: parsed.data.theme
        }
    } catch {
      // A damaged copy only costs the choice of language until the next one.
    }
    return { ...DEFAULT_PREFERENCES }
  }

  return {
    getPreferences: async (): Promise<Preferences> =>
      deps.storeReadable() ? deps.data().preferences : readPlain(),

    setPreferences: async (patch: PreferencesPatch): Promise<Preferences> => {
      const next = await deps.mutate(() => {
        const data = deps.data()
        data.preferences = { ...data.preferences, ...definedOnly(patch) }
        return data.preferences
      })
      if (PLAIN_PREFERENCE_KEYS.some((key) => patch[key] !== undefined)) {
        const copy = Object.fromEntries(PLAIN_PREFERENCE_KEYS.map((key) => [key, next[key]]))
        await plain.write(JSON.stringify(copy))
      }
      return next
    }
  }
}

function definedOnly(patch: PreferencesPatch): Partial<Preferences> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined)
  ) as Partial<Preferences>
}
