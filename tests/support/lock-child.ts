// One starter racing others for a data folder's lock, as separate Unlinker processes do.
// Usage: node --import tsx lock-child.ts DATA_DIR
// Prints "ready", asks for the lock when "go" arrives on stdin, prints "won" or "locked",
// then holds what it got until stdin closes.
import { createInterface } from 'node:readline'
import { FolderLockedError, lockDataFolder } from '../../src/core/lock'

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2)
  if (!dataDir) throw new Error('usage: lock-child DATA_DIR')
  const lines = createInterface({ input: process.stdin })
  const go = new Promise<void>((resolve) => lines.once('line', () => resolve()))
  lines.once('close', () => process.exit(0))
  process.stdout.write('ready\n')
  await go
  try {
    await lockDataFolder(dataDir)
    process.stdout.write('won\n')
  } catch (error) {
    if (!(error instanceof FolderLockedError)) throw error
    process.stdout.write('locked\n')
  }
}

void main()
