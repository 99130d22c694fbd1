import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { safeStorage } from '../../support/fake-electron'
import { tempDir } from '../../support/temp-dir'
import { safeStorageKeeper } from '../../../src/main/passphrase-keeper'

vi.mock('electron', () => import('../../support/fake-electron'))

const platform = process.platform
function pretendPlatform(name: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: name })
}

describe('the remembered passphrase', () => {
  beforeEach(() => {
    safeStorage.encryptionAvailable = true
    safeStorage.backend = 'gnome_libsecret'
  })
  afterEach(() => pretendPlatform(platform))

  it('is kept only as the keyring sealed it, readable by the owner alone, and read back', async () => {
    const dir = await tempDir()
    const keeper = safeStorageKeeper(dir)
    expect(keeper.available()).toBe(true)
    await keeper.save('correct horse')
    const file = join(dir, 'unlinker.remembered')
    expect((await readFile(file)).toString()).not.toContain('correct horse')
    if (platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect(await keeper.load()).toBe('correct horse')
    await keeper.clear()
    expect(await keeper.load()).toBeNull()
  })

  it('is refused on Linux when the keyring is the plain-text fallback', async () => {
    pretendPlatform('linux')
    safeStorage.backend = 'basic_text'
    const dir = await tempDir()
    const keeper = safeStorageKeeper(dir)
    expect(keeper.available()).toBe(false)
    await keeper.save('correct horse')
    await expect(stat(join(dir, 'unlinker.remembered'))).rejects.toMatchObject({ code: 'ENOENT' })
    // Even a file left from before is not read back through the plain-text store.
    await writeFile(join(dir, 'unlinker.remembered'), safeStorage.encryptString('old'))
    expect(await keeper.load()).toBeNull()
  })

  it('is refused when the system has no encryption, and forgets a file it cannot decrypt', async () => {
    const dir = await tempDir()
    const keeper = safeStorageKeeper(dir)
    await writeFile(join(dir, 'unlinker.remembered'), 'not sealed by the keyring')
    expect(await keeper.load()).toBeNull()
    safeStorage.encryptionAvailable = false
    expect(keeper.available()).toBe(false)
    await keeper.save('x')
    expect((await readFile(join(dir, 'unlinker.remembered'))).toString()).toBe(
      'not sealed by the keyring'
    )
  })
})
