/**
 * Rewrites tests/snapshots/knowledge/ from what the knowledge base says now:
 *   npm run knowledge:snapshot
 * Run it only when facts change on purpose, and commit the result on its own with a
 * message that says which facts changed and why.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { snapshotTexts } from './knowledge/output'

export const SNAPSHOT_DIR = resolve(import.meta.dirname, '../tests/snapshots/knowledge')

async function main(): Promise<void> {
  await mkdir(SNAPSHOT_DIR, { recursive: true })
  for (const [name, text] of Object.entries(snapshotTexts())) {
    await writeFile(join(SNAPSHOT_DIR, name), text)
    console.log(`${name}: ${(text.length / 1024).toFixed(0)} KB`)
  }
}

void main()
