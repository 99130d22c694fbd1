import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FolderLockedError, LOCK_FILE, lockDataFolder } from '../../../src/main/core/lock'
import { UnlinkerCore } from '../../../src/main/core/unlinker-core'
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

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, LOCK_FILE), '999999999')
    const lock = await lockDataFolder(dir)
    await lock.release()
  })
})
