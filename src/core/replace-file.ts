import { randomBytes } from 'node:crypto'
import { open, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { diskSeam } from './disk-seam'

/**
 * Writes a file whole or not at all: `write` fills a temporary file beside `target`, which
 * is fsynced, renamed over `target`, and the folder fsynced so the rename survives a power
 * cut. A reader or a crash sees the old file or the new one, never a part; the temporary
 * file is removed when anything fails. The temporary name is hidden (leading dot) and never
 * ends like the target, so a half-written archive never looks like an archive.
 */
export async function replaceFile(
  target: string,
  write: (temp: string) => Promise<void>,
  options: { temp?: string; beforeRename?: () => void } = {}
): Promise<void> {
  const temp =
    options.temp ??
    join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`)
  try {
    await write(temp)
    const handle = await open(temp, 'r+')
    try {
      await diskSeam.sync(handle, temp)
    } finally {
      await handle.close()
    }
    // A last chance to give up (a cancelled export) with nothing at the target.
    options.beforeRename?.()
    await diskSeam.rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(target))
}

/** Makes a rename durable (see diskSeam.syncFolder). */
export function syncFolder(dir: string): Promise<void> {
  return diskSeam.syncFolder(dir)
}
