import { mkdir, open, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'

export const LOCK_FILE = 'unlinker.lock'

/** Folders this process holds: a pid check alone cannot tell two opens in one process apart. */
const heldHere = new Set<string>()

export class FolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number
  ) {
    super(
      `Another Unlinker (process ${pid}) is already using the data folder ${dataDir}. Close it first, or start with --data pointing to another folder.`
    )
  }
}

export interface FolderLock {
  release(): Promise<void>
}

/**
 * Keeps two running copies from writing the same store. The lock file holds the owner's
 * pid; a lock whose owner is gone (a crash) is taken over.
 */
export async function lockDataFolder(dataDir: string): Promise<FolderLock> {
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600)
      await handle.writeFile(String(process.pid))
      await handle.close()
      heldHere.add(path)
      return {
        release: async () => {
          heldHere.delete(path)
          await releaseIfOurs(path)
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10)
      const ours = owner === process.pid
      if ((ours && heldHere.has(path)) || (!ours && owner > 0 && isAlive(owner))) {
        throw new FolderLockedError(dataDir, owner)
      }
      await unlink(path).catch(() => undefined)
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`)
}

async function releaseIfOurs(path: string): Promise<void> {
  const owner = await readFile(path, 'utf8').catch(() => '')
  if (owner === String(process.pid)) await unlink(path).catch(() => undefined)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
