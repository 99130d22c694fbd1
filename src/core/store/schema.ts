import { z } from 'zod'
import { Account } from '../../shared/domain/account'
import { Case } from '../../shared/domain/case'
import { HistoryEvent } from '../../shared/domain/history'
import { Person } from '../../shared/domain/person'
import { Proof } from '../../shared/domain/proof'
import { DEFAULT_PREFERENCES, PreferencesSchema } from '../../shared/domain/preferences'
import { SEGMENT_NAME } from '../history/history-segments'

export const STORE_VERSION = 13
/** The newest notified reminders kept; older ones are long past and never due again. */
export const MAX_NOTIFIED_REMINDERS = 2000

export const StoreData = z.object({
  schemaVersion: z.literal(STORE_VERSION),
  cases: z.array(Case),
  accounts: z.array(Account),
  people: z.array(Person),
  proofs: z.array(Proof),
  /** The most recent events; older ones are in the segments named below. */
  history: z.array(HistoryEvent),
  /** Files in `history/`, oldest first. */
  historySegments: z.array(z.string().regex(SEGMENT_NAME)),
  /** Reminders already shown as a system notification, so each is shown once (absent in
   * stores written before notifications, which count as none). */
  notifiedReminders: z.array(z.string().max(300)).max(MAX_NOTIFIED_REMINDERS).default([]),
  /** The language, theme and table sort: the app's own choices, not records. */
  preferences: PreferencesSchema.default(DEFAULT_PREFERENCES)
})
export type StoreData = z.infer<typeof StoreData>

export function emptyStore(): StoreData {
  return {
    schemaVersion: STORE_VERSION,
    cases: [],
    accounts: [],
    people: [],
    proofs: [],
    history: [],
    historySegments: [],
    notifiedReminders: [],
    preferences: { ...DEFAULT_PREFERENCES }
  }
}
