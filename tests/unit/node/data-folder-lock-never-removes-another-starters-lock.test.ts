import { writeFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  FolderLockedError,
  LOCK_FILE,
  lockDataFolder,
  type LockOwner
} from '../../../src/core/lock'
import { tempDir } from '../../support/temp-dir'

/** Another starter's lock: a process of this boot that is not this one. */
const other: LockOwner = { pid: 424242, boot: 'this-boot', started: '17' }
const otherLock = JSON.stringify(other)

describe('the data folder lock never removes a lock that is not its own', () => {
  it('leaves the lock another starter wrote in place when it lets go', async () => {
    const dir = await tempDir()
    const lock = await lockDataFolder(dir)
    // Ours was judged stale and replaced by another starter's, which now holds the folder.
    await writeFile(join(dir, LOCK_FILE), otherLock)
    await lock.release()
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(otherLock)
  })

  it('puts back a fresh lock that replaced the stale one it was about to take over', async () => {
    const dir = await tempDir()
    const path = join(dir, LOCK_FILE)
    const stale: LockOwner = { pid: 999_999_999, boot: 'this-boot', started: '1' }
    await writeFile(path, JSON.stringify(stale))
    const judged: number[] = []
    const attempt = lockDataFolder(dir, {
      self: { pid: process.pid, boot: 'this-boot', started: '2' },
      isRunning: (owner) => {
        judged.push(owner.pid)
        if (owner.pid !== stale.pid) return true
        // Between this judgement and the take-over, another starter replaces the stale lock.
        // (synchronously, so the take-over meets the replaced lock).
        writeFileSync(path, otherLock)
        return false
      }
    })
    await expect(attempt).rejects.toBeInstanceOf(FolderLockedError)
    expect(judged).toEqual([stale.pid, other.pid])
    expect(await readFile(path, 'utf8')).toBe(otherLock)
  })
})
