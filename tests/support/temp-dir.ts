import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []
const closers: Array<() => Promise<void>> = []

/** Runs before the temp folders are removed: open stores must let go of them first. */
export function beforeCleanup(close: () => Promise<void>): void {
  closers.push(close)
}

/** A fresh real folder under the OS temp dir, removed after the test. */
export async function tempDir(prefix = 'unlinker-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

afterEach(async () => {
  for (const close of closers) await close()
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})
