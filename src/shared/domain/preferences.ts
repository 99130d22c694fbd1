import { z } from 'zod'
import {
  ACCOUNT_SORT_KEYS,
  DEFAULT_PREFERENCES,
  SORT_DIRECTIONS,
  THEMES,
  UI_LANGUAGES
} from './preferences-values'

export * from './preferences-values'

export const AccountSortSchema = z
  .object({ key: z.enum(ACCOUNT_SORT_KEYS), direction: z.enum(SORT_DIRECTIONS) })
  .strict()

export const PreferencesSchema = z.object({
  language: z.enum(UI_LANGUAGES).nullable().default(DEFAULT_PREFERENCES.language),
  theme: z.enum(THEMES).default(DEFAULT_PREFERENCES.theme),
  accountsSort: AccountSortSchema.nullable().default(DEFAULT_PREFERENCES.accountsSort)
})

/** A change to some preferences; the others stay as they are. */
export const PreferencesPatch = z
  .object({
    language: z.enum(UI_LANGUAGES).nullable().optional(),
    theme: z.enum(THEMES).optional(),
    accountsSort: AccountSortSchema.nullable().optional()
  })
  .strict()
export type PreferencesPatch = z.infer<typeof PreferencesPatch>
