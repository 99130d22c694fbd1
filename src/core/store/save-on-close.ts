import { isDeepStrictEqual } from 'node:util'
import { DiskFullError } from '../errors'
import type { OpenedStore } from './open-store'

/**
 * Every change is saved as it is made, so the write at close is a last safety net. On a
 * full disk it cannot be done, and need not be when the file already holds the same text.
 */
export async function saveOnClose(store: OpenedStore, text: string): Promise<void> {
  try {
    await store.file.write(text)
  } catch (error) {
    if (!(error instanceof DiskFullError)) throw error
    const onDisk = await store.file.read().catch(() => null)
    // The same records, perhaps with their keys in another order.
    if (onDisk === null || !isDeepStrictEqual(JSON.parse(onDisk), JSON.parse(text))) throw error
  }
}
