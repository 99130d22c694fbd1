#!/usr/bin/env node
// The installed command: runs the built command-line entry, building it first when a
// checkout has not been built yet.
const { existsSync } = require('node:fs')
const { join } = require('node:path')
const { spawnSync } = require('node:child_process')

const root = join(__dirname, '..')
const entry = join(root, 'out', 'main', 'cli.js')
if (!existsSync(entry)) {
  process.stderr.write('Building Unlinker once (npm run build)…\n')
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32'
  })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
require(entry)
