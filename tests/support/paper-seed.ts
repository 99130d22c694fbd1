import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { PaperStore } from './paper-store'

/**
 * Fills a data folder with a cancelled number, 40 accounts and six proofs, and exports
 * its archive to `archive` (see paper-store.ts), through the core in a child process.
 * The server must not be running.
 */
export function seedPaperFolder(dataDir: string, archive: string): PaperStore {
  const root = join(__dirname, '../..')
  const out = execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(__dirname, 'paper-store.ts'),
      dataDir,
      archive
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  return JSON.parse(out.toString()) as PaperStore
}
