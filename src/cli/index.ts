import { parseArgs } from 'node:util'
import { defaultDataDir } from '../main/core/data-dir'
import { FolderLockedError } from '../main/core/lock'
import { serve } from './serve'

const USAGE = `Usage: unlinker <command> [options]

Commands:
  serve [--data DIR] [--port N] [--no-open]   run the app in your browser (web mode)

Options:
  --data DIR   data folder (default: ${defaultDataDir()})
  --port N     port on 127.0.0.1 (default: a free one)
  --no-open    do not open the browser
  -h, --help   show this help
`

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, failed: 1, usage: 2, locked: 3 } as const

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE)
    return command ? EXIT.ok : EXIT.usage
  }
  if (command === 'serve') {
    const { values } = parseArgs({
      args: rest,
      options: {
        data: { type: 'string' },
        port: { type: 'string', default: '0' },
        'no-open': { type: 'boolean', default: false }
      },
      strict: true
    })
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      process.stderr.write(`--port must be a number from 0 to 65535, not "${values.port}"\n`)
      return EXIT.usage
    }
    await serve({ dataDir: values.data ?? defaultDataDir(), port, open: !values['no-open'] })
    return -1
  }
  process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`)
  return EXIT.usage
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code)
  },
  (error: unknown) => {
    if (error instanceof FolderLockedError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(EXIT.locked)
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`${error.message}\n\n${USAGE}`)
      process.exit(EXIT.usage)
    }
    process.stderr.write(`unlinker: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(EXIT.failed)
  }
)
