import type { MethodInput } from '../../../shared/contract'
import { api } from '../api/client'
import { useAppStore } from '../stores/app'

/**
 * Asks for history. Older events are read from disk on such a call, where a lost or
 * damaged file is found and noted; the app's notices are refreshed to show it.
 */
export async function loadHistory(
  input: MethodInput<'listHistory'>
): ReturnType<typeof api.listHistory> {
  const result = await api.listHistory(input)
  await useAppStore().load()
  return result
}
