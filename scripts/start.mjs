// `npm start`: builds the app and opens it in Electron. Where the Electron binary is not
// installed (a machine that cannot download it), it says so and starts web mode instead.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1

function electronBinary() {
  try {
    const path = require('electron')
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

const built = run('npx', ['electron-vite', 'build'])
if (built !== 0) process.exit(built)

if (electronBinary()) {
  process.exit(run('npx', ['electron-vite', 'preview', '--skipBuild']))
} else {
  console.log('Electron is not installed on this machine; starting Unlinker in web mode.')
  process.exit(run(process.execPath, ['out/main/cli.js', 'serve', ...process.argv.slice(2)]))
}
