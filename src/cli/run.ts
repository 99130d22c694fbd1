import { parseArgs } from 'node:util'
import { defaultDataDir } from '../core/data-dir'
import type { CliIo } from './cli-io'
import { EXIT } from './exit-codes'
import { usageText } from './usage'

// Only what reads the command line is loaded up front: each command's code (and the
// core under it) is imported when that command runs, so `--help` and a mistyped option
// answer at once.

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
  search: { type: 'string' },
  number: { type: 'string' },
  sim: { type: 'string', multiple: true }
} as const

const LANGUAGES = ['en', 'ru', 'zh-CN']

/**
 * `unlinker ARGS…` with the given streams and environment; answers the exit code.
 * The process entry (index.ts) hands it the real ones; tests hand it strings.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io)
  } catch (error) {
    return failureCode(error, io)
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  const usage = async (message: string): Promise<number> => {
    await io.stderr.write(`${message}\n\n${usageText(io.env)}`)
    return EXIT.usage
  }
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    await io.stdout.write(usageText(io.env))
    return command ? EXIT.ok : EXIT.usage
  }
  let parsed
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    if (isParseError(error)) return usage(error.message)
    throw error
  }
  const { values, positionals } = parsed
  const dataDir = values.data ?? defaultDataDir(io.env)
  switch (command) {
    case 'serve': {
      const port = Number(values.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        return usage(`--port must be a number from 0 to 65535, not "${values.port}"`)
      const maxMb = values['max-file-mb'] === undefined ? undefined : Number(values['max-file-mb'])
      if (maxMb !== undefined && !(Number.isInteger(maxMb) && maxMb > 0))
        return usage(`--max-file-mb must be a whole number above 0, not "${values['max-file-mb']}"`)
      const { serveCommand } = await import('./commands/serve-command')
      return serveCommand(io, {
        dataDir,
        port,
        open: !values['no-open'],
        maxFileBytes: maxMb === undefined ? undefined : maxMb * 1024 * 1024
      })
    }
    case 'export': {
      if (!values.out) return usage('export needs --out FILE.')
      if (!LANGUAGES.includes(values.lang))
        return usage(`--lang must be en, ru or zh-CN, not "${values.lang}"`)
      const { exportCommand } = await import('./commands/archive-commands')
      return exportCommand(io, dataDir, values.out, values.lang)
    }
    case 'verify': {
      if (positionals.length !== 1) return usage('verify needs one FILE.')
      const { verifyCommand } = await import('./commands/verify-command')
      return verifyCommand(io, positionals[0]!)
    }
    case 'restore': {
      if (positionals.length !== 1) return usage('restore needs one FILE.')
      const { restoreCommand } = await import('./commands/archive-commands')
      return restoreCommand(io, positionals[0]!, dataDir, values.replace)
    }
    case 'demo': {
      const { demoCommand } = await import('./commands/archive-commands')
      return demoCommand(io, dataDir)
    }
    case 'discover': {
      if (positionals.length !== 1) return usage('discover needs one FILE.')
      const { discoverCommand } = await import('./commands/discover-command')
      return discoverCommand(io, positionals[0]!, dataDir, {
        apply: values.apply,
        json: values.json,
        number: values.number,
        sims: values.sim ?? []
      })
    }
    case 'catalog': {
      if (positionals.length !== 0) return usage('catalog takes no FILE; use --search TEXT.')
      const { catalogCommand } = await import('./commands/catalog-command')
      return catalogCommand(io, { search: values.search, json: values.json })
    }
    case 'calendar': {
      if (!values.out) return usage('calendar needs --out FILE.')
      if (!LANGUAGES.includes(values.lang))
        return usage(`--lang must be en, ru or zh-CN, not "${values.lang}"`)
      const { calendarCommand } = await import('./commands/calendar-command')
      return calendarCommand(io, dataDir, values.out, values.lang)
    }
    case 'plan': {
      if (positionals.length !== 0) return usage('plan takes no FILE.')
      const { planCommand } = await import('./commands/plan-command')
      return planCommand(io, dataDir, { json: values.json })
    }
    case 'recover': {
      if (values.empty && values.snapshot)
        return usage('recover takes --snapshot or --empty, not both.')
      const { recoverCommand } = await import('./commands/archive-commands')
      return recoverCommand(io, dataDir, { snapshot: values.snapshot, empty: values.empty })
    }
    default:
      return usage(`Unknown command "${command}".`)
  }
}

function isParseError(error: unknown): error is TypeError {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  )
}

/** A failure no command turned into a refusal: another copy holds the folder, or a fault. */
async function failureCode(error: unknown, io: CliIo): Promise<number> {
  const { FolderLockedError } = await import('../core/lock')
  if (error instanceof FolderLockedError) {
    await io.stderr.write(`${error.message}\n`)
    return EXIT.locked
  }
  const { describeFailure } = await import('../core/errors')
  await io.stderr.write(`unlinker: ${describeFailure(error, null).message}\n`)
  return EXIT.failed
}
