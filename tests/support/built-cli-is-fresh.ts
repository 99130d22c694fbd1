// Vitest's global setup for the Node tests: a few of them run the built command line
// (out/main/cli.js) as a separate process. When any source it is built from is newer,
// the build is made first, so no test runs a command line older than the code it tests.
import { execSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(__dirname, '../..')
const BUILT = join(ROOT, 'out/main/cli.js')
/** What the main-process bundles are made from, and the data files they read. */
const SOURCES = ['src', 'locales', 'resources', 'package.json', 'electron.vite.config.ts']

function newest(path: string): { path: string; mtimeMs: number } {
  const info = statSync(path)
  if (!info.isDirectory()) return { path, mtimeMs: info.mtimeMs }
  let found = { path, mtimeMs: 0 }
  for (const entry of readdirSync(path)) {
    const candidate = newest(join(path, entry))
    if (candidate.mtimeMs > found.mtimeMs) found = candidate
  }
  return found
}

export default function builtCliIsFresh(): void {
  const built = statSync(BUILT, { throwIfNoEntry: false })?.mtimeMs ?? 0
  const source = SOURCES.map((name) => newest(join(ROOT, name))).reduce((a, b) =>
    b.mtimeMs > a.mtimeMs ? b : a
  )
  if (source.mtimeMs <= built) return
  const why =
    built === 0
      ? 'out/main/cli.js is not built'
      : `${relative(ROOT, source.path)} is newer than out/main/cli.js`
  process.stderr.write(`${why}: building it first (npm run build).\n`)
  try {
    // Through the shell: on Windows npm is npm.cmd, which only a shell runs.
    execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  } catch (error) {
    const said = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error)
    throw new Error(
      `${why}, and npm run build failed, so the tests of the command line would run an old build:\n${said}`
    )
  }
}
