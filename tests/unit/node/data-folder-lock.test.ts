import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  FolderLockedError,
  LOCK_FILE,
  lockDataFolder,
  processIdentity
} from '../../../src/core/lock'
import { UnlinkerCore } from '../../../src/core/unlinker-core'
import { tempDir } from '../../support/temp-dir'

describe('the data folder lock', () => {
  it('refuses a second copy on the same folder, naming the folder', async () => {
    const dir = await tempDir()
    const first = await UnlinkerCore.open({ dataDir: dir, mode: 'web', version: 't' })
    const second = UnlinkerCore.open({ dataDir: dir, mode: 'web', version: 't' })
    await expect(second).rejects.toBeInstanceOf(FolderLockedError)
    await expect(second).rejects.toThrow(dir)
    await first.close()
    const third = await UnlinkerCore.open({ dataDir: dir, mode: 'web', version: 't' })
    await third.close()
  })

  it('takes over a lock left by a process that no longer runs, and holds it', async () => {
    const dir = await tempDir()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'])
    const gone = new Promise((resolve) => child.once('exit', resolve))
    const owner = processIdentity(child.pid)
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(owner))
    // While that process runs, its lock stands.
    await expect(lockDataFolder(dir)).rejects.toThrow(`process ${owner.pid}`)
    child.kill('SIGKILL')
    await gone
    const lock = await lockDataFolder(dir)
    const now = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number }
    expect(now.pid).toBe(process.pid)
    await expect(lockDataFolder(dir)).rejects.toBeInstanceOf(FolderLockedError)
    await lock.release()
    await expect(readFile(join(dir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('takes over a lock in the old form (a bare pid) whose process is gone', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, LOCK_FILE), '999999999')
    const lock = await lockDataFolder(dir)
    const now = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number }
    expect(now.pid).toBe(process.pid)
    await lock.release()
  })
})
