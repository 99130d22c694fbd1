/** Calls whose uploaded file is deleted even when the call is refused as invalid. */
const DISCARD_WHEN_REFUSED = new Set<string>([
  'discoverAccounts',
  'startDiscoverAccounts',
  'discoverContacts',
  'startDiscoverContacts'
])

/**
 * The upload named by a call refused as invalid, when that upload must go at once: a
 * password export or an address book holds secrets, and no later call will name it.
 */
export function uploadToDiscard(name: string, input: unknown): string | null {
  if (!DISCARD_WHEN_REFUSED.has(name)) return null
  const upload = (input as { source?: { upload?: unknown } } | null)?.source?.upload
  return typeof upload === 'string' ? upload : null
}
