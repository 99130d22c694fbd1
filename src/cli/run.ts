import { parseArgs } from 'node:util'
import { defaultDataDir } from '../core/data-dir'
import { translate } from '../core/i18n/messages'
import type { UiLanguage } from '../shared/domain/preferences-values'
import type { CliIo, SpokenIo } from './cli-io'
import { cliLanguage, languageOf } from './cli-language'
import { sayIn, type Say } from './cli-text'
import { EXIT } from './exit-codes'
import { commandUsageText, isCommand, usageText } from './usage'

// Only what reads the command line is loaded up front: each command's code (and the
// core under it) is imported when that command runs, so `--help` and a mistyped option
// answer at once.

const OPTIONS = {
  data: { type: 'string' },
  port: { type: 'string', default: '0' },
  'max-file-mb': { type: 'string' },
  'no-open': { type: 'boolean', default: false },
  out: { type: 'string' },
  lang: { type: 'string' },
  replace: { type: 'boolean', default: false },
  snapshot: { type: 'string' },
  empty: { type: 'boolean', default: false },
  apply: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  search: { type: 'string' },
  number: { type: 'string' },
  sim: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false }
} as const

/**
 * `unlinker ARGS…` with the given streams and environment; answers the exit code.
 * The process entry (index.ts) hands it the real ones; tests hand it strings.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // dispatch settles the language first thing (the data folder's is read once, there).
  let spoken = speaking(io, cliLanguage({ env: io.env }))
  try {
    return await dispatch(argv, io, (language) => (spoken = speaking(io, language)))
  } catch (error) {
    return failureCode(error, spoken)
  }
}

function speaking(io: CliIo, language: UiLanguage): SpokenIo {
  return { ...io, language, say: sayIn(language) }
}

async function dispatch(
  argv: readonly string[],
  raw: CliIo,
  speak: (language: UiLanguage) => SpokenIo
): Promise<number> {
  const [command, ...rest] = argv
  // Until the options are read (help is answered before), --lang and --data are looked for
  // by hand, so `unlinker --help --lang zh` is in Chinese.
  let io = speak(
    cliLanguage({
      lang: optionIn(rest, 'lang'),
      env: raw.env,
      dataDir: optionIn(rest, 'data') ?? defaultDataDir(raw.env)
    })
  )
  const usage = async (message: string): Promise<number> => {
    const help =
      command && isCommand(command)
        ? commandUsageText(command, io.env, io.say)
        : usageText(io.env, io.say)
    await io.stderr.write(`${message}\n\n${help}`)
    return EXIT.usage
  }
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    // `unlinker help export` is `unlinker export --help`.
    const about = rest[0]
    if (command === 'help' && about && isCommand(about)) {
      await io.stdout.write(commandUsageText(about, io.env, io.say))
      return EXIT.ok
    }
    await io.stdout.write(usageText(io.env, io.say))
    return command ? EXIT.ok : EXIT.usage
  }
  let parsed
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    if (isParseError(error)) return usage(parseErrorText(error, io.say))
    throw error
  }
  const { values, positionals } = parsed
  const dataDir = values.data ?? defaultDataDir(io.env)
  io = speak(cliLanguage({ lang: values.lang, dataDir, env: io.env }))
  const say = io.say
  if (!isCommand(command)) return usage(say('usage.unknownCommand', { command }))
  if (values.help) {
    await io.stdout.write(commandUsageText(command, io.env, say))
    return EXIT.ok
  }
  if (values.lang !== undefined && !languageOf(values.lang))
    return usage(say('usage.lang', { value: values.lang }))
  // The archive's report and the calendar are written in the language spoken here.
  const language = io.language
  switch (command) {
    case 'serve': {
      const port = Number(values.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        return usage(say('usage.port', { value: values.port }))
      const maxMb = values['max-file-mb'] === undefined ? undefined : Number(values['max-file-mb'])
      if (maxMb !== undefined && !(Number.isInteger(maxMb) && maxMb > 0))
        return usage(say('usage.maxFileMb', { value: values['max-file-mb'] ?? '' }))
      const { serveCommand } = await import('./commands/serve-command')
      return serveCommand(io, {
        dataDir,
        port,
        open: !values['no-open'],
        maxFileBytes: maxMb === undefined ? undefined : maxMb * 1024 * 1024
      })
    }
    case 'export': {
      if (!values.out) return usage(say('usage.needsOut', { command }))
      const { exportCommand } = await import('./commands/archive-commands')
      return exportCommand(io, dataDir, values.out, language)
    }
    case 'verify': {
      if (positionals.length !== 1) return usage(say('usage.needsFile', { command }))
      const { verifyCommand } = await import('./commands/verify-command')
      return verifyCommand(io, positionals[0]!)
    }
    case 'restore': {
      if (positionals.length !== 1) return usage(say('usage.needsFile', { command }))
      const { restoreCommand } = await import('./commands/archive-commands')
      return restoreCommand(io, positionals[0]!, dataDir, values.replace)
    }
    case 'demo': {
      const { demoCommand } = await import('./commands/archive-commands')
      return demoCommand(io, dataDir)
    }
    case 'discover': {
      if (positionals.length !== 1) return usage(say('usage.needsFile', { command }))
      const { discoverCommand } = await import('./commands/discover-command')
      return discoverCommand(io, positionals[0]!, dataDir, {
        apply: values.apply,
        json: values.json,
        number: values.number,
        sims: values.sim ?? []
      })
    }
    case 'catalog': {
      if (positionals.length !== 0) return usage(say('usage.catalogNoFile'))
      const { catalogCommand } = await import('./commands/catalog-command')
      return catalogCommand(io, { search: values.search, json: values.json })
    }
    case 'calendar': {
      if (!values.out) return usage(say('usage.needsOut', { command }))
      const { calendarCommand } = await import('./commands/calendar-command')
      return calendarCommand(io, dataDir, values.out, language)
    }
    case 'plan': {
      if (positionals.length !== 0) return usage(say('usage.planNoFile'))
      const { planCommand } = await import('./commands/plan-command')
      return planCommand(io, dataDir, { json: values.json })
    }
    case 'recover': {
      if (values.empty && values.snapshot) return usage(say('usage.recoverBoth'))
      const { recoverCommand } = await import('./commands/archive-commands')
      return recoverCommand(io, dataDir, { snapshot: values.snapshot, empty: values.empty })
    }
  }
}

/** `--name value` or `--name=value`, wherever it is. */
function optionIn(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`)
  if (at >= 0) return args[at + 1]
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

/** Node's own words for a command line it cannot read, said in the user's language. */
function parseErrorText(error: TypeError & { code?: unknown }, say: Say): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? ''
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return say('usage.unknownOption', { option })
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return say('usage.optionValue', { option })
    default:
      return say('usage.unreadable', { detail: error.message })
  }
}

function isParseError(error: unknown): error is TypeError {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  )
}

/** A failure no command turned into a refusal: another copy holds the folder, or a fault. */
async function failureCode(error: unknown, io: SpokenIo): Promise<number> {
  const { FolderLockedError } = await import('../core/lock')
  if (error instanceof FolderLockedError) {
    await io.stderr.write(`${io.say('folderInUse', { pid: error.pid, dir: error.dataDir })}\n`)
    return EXIT.locked
  }
  const { describeFailure } = await import('../core/errors')
  const failure = describeFailure(error, null)
  const said =
    failure.code === 'internal' && io.language !== 'en'
      ? translate(io.language, 'errors.internal')
      : failure.message
  await io.stderr.write(`unlinker: ${said}\n`)
  return EXIT.failed
}
