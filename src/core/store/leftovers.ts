import { readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { HISTORY_DIR } from '../history/history-segments'
import { SNAPSHOT_DIR } from './snapshots'

/** The temp file a DurableTextFile writes before renaming it: `.<name>.<pid>.<n>.tmp`. */
const DURABLE_TEMP = /^\..+\.\d+\.\d+\.tmp$/

/**
 * Deletes the temp files that writes cut short by a crash left beside the store, the key
 * file, the snapshots and the history segments. They are never anyone's data, and one
 * written before encryption was turned on holds plain text. Only the holder of the
 * folder's lock calls this, so no write of its own is under way.
 */
export async function removeLeftovers(dataDir: string): Promise<void> {
  for (const dir of [dataDir, join(dataDir, SNAPSHOT_DIR), join(dataDir, HISTORY_DIR)]) {
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names)
      if (DURABLE_TEMP.test(name)) await unlink(join(dir, name)).catch(() => undefined)
  }
}
