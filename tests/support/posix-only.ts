import type { TestContext } from 'vitest'

/**
 * Skips the test on Windows and says why in the run's output: for what exists only on
 * POSIX systems (a signal sent to a child process, a bash pipeline, Info-ZIP's unzip,
 * GNU sha256sum). Everything else the test proves is proven elsewhere on every system.
 */
export function posixOnly(ctx: TestContext, reason: string): void {
  if (process.platform !== 'win32') return
  console.warn(`Skipped on Windows: ${reason}`)
  ctx.skip(reason)
}
