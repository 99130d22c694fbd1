import { parseArgs } from 'node:util'
import { defaultDataDir } from '../core/data-dir'
import { describeFailure } from '../core/errors'
import { FolderLockedError } from '../core/lock'
import {
  demoCommand,
  exportCommand,
  recoverCommand,
  restoreCommand,
  verifyCommand
} from './commands/archive-commands'
import { calendarCommand } from './commands/calendar-command'
import { catalogCommand } from './commands/catalog-command'
import { discoverCommand } from './commands/discover-command'
import { EXIT } from './exit-codes'
import { serve } from './serve'

const USAGE = `Usage: unlinker <command> [options]

Commands:
  serve [--data DIR] [--port N] [--no-open] [--max-file-mb N]
                                              run the app in your browser (web mode)
  export [--data DIR] --out FILE [--lang L]   write the archive of proofs (.zip)
  verify FILE                                 check an archive against its checksums
  restore FILE [--data DIR] [--replace]       import an archive (merge by record id;
                                              --replace only into an empty folder)
  demo [--data DIR]                           fill an empty folder with example data
  discover FILE [--data DIR] [--apply] [--json]
                                              find accounts in a password manager export
                                              (dry run unless --apply; --json for scripts)
  catalog [--search TEXT] [--json]            list the built-in services with their roles,
                                              sources and links (no data folder needed)
  calendar [--data DIR] --out FILE [--lang L] write the reminders as an iCalendar file
  recover [--data DIR] [--snapshot NAME | --empty]
                                              when the data file cannot be read: restore
                                              the latest (or the named) good copy, or
                                              start empty; the bad file is kept

Options:
  --data DIR   data folder (default: ${defaultDataDir()})
  --port N     port on 127.0.0.1 (default: a free one)
  --no-open    do not open the browser
  --max-file-mb N  largest proof file accepted, in MB (default: 4096)
  --lang L     language of report.html or the calendar: en, ru or zh-CN (default: en)
  --json       print the result as JSON (discover, catalog)
  --search TEXT  only entries whose names, aliases or domains contain TEXT (catalog)
  -h, --help   show this help

Exit codes: 0 done, 1 failed, 2 usage, 3 data folder in use, 4 archive not intact,
5 not a readable or safe archive, 6 data file unreadable (see recover), 7 encrypted
folder without the right UNLINKER_PASSPHRASE, 130 interrupted.
`

const OPTIONS = {
  data: { type: 'string' },
  port: { type: 'string', default: '0' },
  'max-file-mb': { type: 'string' },
  'no-open': { type: 'boolean', default: false },
  out: { type: 'string' },
  lang: { type: 'string', default: 'en' },
  replace: { type: 'boolean', default: false },
  snapshot: { type: 'string' },
  empty: { type: 'boolean', default: false },
  apply: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  search: { type: 'string' }
} as const

function usage(message: string): number {
  process.stderr.write(`${message}\n\n${USAGE}`)
  return EXIT.usage
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE)
    return command ? EXIT.ok : EXIT.usage
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: OPTIONS,
    allowPositionals: true,
    strict: true
  })
  const dataDir = values.data ?? defaultDataDir()
  switch (command) {
    case 'serve': {
      const port = Number(values.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        return usage(`--port must be a number from 0 to 65535, not "${values.port}"`)
      const maxMb = values['max-file-mb'] === undefined ? undefined : Number(values['max-file-mb'])
      if (maxMb !== undefined && !(Number.isInteger(maxMb) && maxMb > 0))
        return usage(`--max-file-mb must be a whole number above 0, not "${values['max-file-mb']}"`)
      await serve({
        dataDir,
        port,
        open: !values['no-open'],
        maxFileBytes: maxMb === undefined ? undefined : maxMb * 1024 * 1024
      })
      return -1
    }
    case 'export':
      if (!values.out) return usage('export needs --out FILE.')
      if (!['en', 'ru', 'zh-CN'].includes(values.lang))
        return usage(`--lang must be en, ru or zh-CN, not "${values.lang}"`)
      return exportCommand(dataDir, values.out, values.lang)
    case 'verify':
      if (positionals.length !== 1) return usage('verify needs one FILE.')
      return verifyCommand(positionals[0]!)
    case 'restore':
      if (positionals.length !== 1) return usage('restore needs one FILE.')
      return restoreCommand(positionals[0]!, dataDir, values.replace)
    case 'demo':
      return demoCommand(dataDir)
    case 'discover':
      if (positionals.length !== 1) return usage('discover needs one FILE.')
      return discoverCommand(positionals[0]!, dataDir, { apply: values.apply, json: values.json })
    case 'catalog':
      if (positionals.length !== 0) return usage('catalog takes no FILE; use --search TEXT.')
      return catalogCommand({ search: values.search, json: values.json })
    case 'calendar':
      if (!values.out) return usage('calendar needs --out FILE.')
      if (!['en', 'ru', 'zh-CN'].includes(values.lang))
        return usage(`--lang must be en, ru or zh-CN, not "${values.lang}"`)
      return calendarCommand(dataDir, values.out, values.lang)
    case 'recover':
      if (values.empty && values.snapshot)
        return usage('recover takes --snapshot or --empty, not both.')
      return recoverCommand(dataDir, { snapshot: values.snapshot, empty: values.empty })
    default:
      return usage(`Unknown command "${command}".`)
  }
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
      process.exit(usage(error.message))
    }
    process.stderr.write(`unlinker: ${describeFailure(error, null).message}\n`)
    process.exit(EXIT.failed)
  }
)
