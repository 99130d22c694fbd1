import { readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { safeStorage } from 'electron'
import type { PassphraseKeeper } from '../core/unlinker-core'

/**
 * Remembers the passphrase with the system keyring through safeStorage, never when
 * Linux falls back to its plain-text backend (that would only be obscured, not protected).
 */
export function safeStorageKeeper(dataDir: string): PassphraseKeeper {
  const file = join(dataDir, 'unlinker.remembered')
  const available = (): boolean =>
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text')
  return {
    available,
    save: async (passphrase) => {
      if (!available()) return
      await writeFile(file, safeStorage.encryptString(passphrase), { mode: 0o600 })
    },
    load: async () => {
      if (!available()) return null
      const bytes = await readFile(file).catch(() => null)
      if (!bytes) return null
      try {
        return safeStorage.decryptString(bytes)
      } catch {
        return null
      }
    },
    clear: async () => {
      await unlink(file).catch(() => undefined)
    }
  }
}
