import { z } from 'zod'
import { Account } from '../../../shared/domain/account'
import { HistoryEvent } from '../../../shared/domain/history'

export const STORE_VERSION = 1

export const StoreData = z.object({
  schemaVersion: z.literal(STORE_VERSION),
  accounts: z.array(Account),
  history: z.array(HistoryEvent)
})
export type StoreData = z.infer<typeof StoreData>

export function emptyStore(): StoreData {
  return { schemaVersion: STORE_VERSION, accounts: [], history: [] }
}
