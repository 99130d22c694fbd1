import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * A file the app ships under resources/: found in the first folder above this module
 * that has it (the checkout in development and tests, the app's folder when packaged).
 */
export function resourceFile(...parts: string[]): string {
  const relative = join('resources', ...parts)
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, relative)
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) throw new Error(`${relative} is missing from this installation`)
  }
}
