import { defaultDataDir } from '../core/data-dir'
import { columnsOf, padColumn, type Say } from './cli-text'

/** Each command's words after `unlinker NAME` and the options it reads (help included). */
export const COMMANDS = {
  serve: {
    synopsis: '[--data DIR] [--port N] [--no-open] [--max-file-mb N]',
    options: ['data', 'port', 'no-open', 'max-file-mb', 'lang']
  },
  export: { synopsis: '[--data DIR] --out FILE [--lang L]', options: ['data', 'out', 'lang'] },
  verify: { synopsis: 'FILE [--lang L]', options: ['lang'] },
  restore: { synopsis: 'FILE [--data DIR] [--replace]', options: ['data', 'replace', 'lang'] },
  demo: { synopsis: '[--data DIR]', options: ['data', 'lang'] },
  discover: {
    synopsis: 'FILE [--data DIR] [--number NUMBER] [--sim SUB_ID=NUMBER]… [--apply] [--json]',
    options: ['data', 'number', 'sim', 'apply', 'json', 'lang']
  },
  catalog: { synopsis: '[--search TEXT] [--json]', options: ['search', 'json', 'lang'] },
  calendar: { synopsis: '[--data DIR] --out FILE [--lang L]', options: ['data', 'out', 'lang'] },
  plan: { synopsis: '[--data DIR] [--json]', options: ['data', 'json', 'lang'] },
  recover: {
    synopsis: '[--data DIR] [--snapshot NAME | --empty]',
    options: ['data', 'snapshot', 'empty', 'lang']
  }
} as const
export type CommandName = keyof typeof COMMANDS

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name)
}

/** How each option is written in help, with what it takes. */
const OPTION_FORMS: Record<string, string> = {
  data: '--data DIR',
  port: '--port N',
  'no-open': '--no-open',
  'max-file-mb': '--max-file-mb N',
  out: '--out FILE',
  lang: '--lang L',
  replace: '--replace',
  snapshot: '--snapshot NAME',
  empty: '--empty',
  apply: '--apply',
  json: '--json',
  search: '--search TEXT',
  number: '--number NUMBER',
  sim: '--sim SUB_ID=NUMBER',
  help: '-h, --help'
}

/** Two columns: the left padded by terminal width, a long left one on a line of its own. */
function table(rows: Array<[string, string]>, widest = 30): string[] {
  const width = Math.min(widest, Math.max(...rows.map(([left]) => columnsOf(left)))) + 2
  return rows.flatMap(([left, right]) =>
    columnsOf(left) + 2 > width
      ? [`  ${left}`, `  ${' '.repeat(width)}${right}`]
      : [`  ${padColumn(left, width)}${right}`]
  )
}

function optionRows(names: readonly string[], say: Say, env: NodeJS.ProcessEnv) {
  return [...names, 'help'].map((name): [string, string] => [
    OPTION_FORMS[name] ?? `--${name}`,
    say(`help.option.${name}`, { dir: defaultDataDir(env) })
  ])
}

/** `unlinker --help`: every command, every option, the exit codes. */
export function usageText(env: NodeJS.ProcessEnv, say: Say): string {
  const names = Object.keys(COMMANDS) as CommandName[]
  const options = [...new Set(names.flatMap((n) => COMMANDS[n].options))]
  return [
    say('help.usageLine'),
    '',
    say('help.commands'),
    ...table(
      names.map((n) => [`${n} ${COMMANDS[n].synopsis}`, say(`help.command.${n}`)]),
      44
    ),
    '',
    say('help.options'),
    ...table(optionRows(options, say, env), 16),
    '',
    say('help.commandHelp'),
    say('help.exitCodes'),
    ''
  ].join('\n')
}

/** `unlinker NAME --help`: what the command does and the options it reads. */
export function commandUsageText(name: CommandName, env: NodeJS.ProcessEnv, say: Say): string {
  return [
    say('help.usageOf', { command: name, synopsis: COMMANDS[name].synopsis }),
    '',
    say(`help.command.${name}`),
    '',
    say('help.options'),
    ...table(optionRows(COMMANDS[name].options, say, env), 16),
    ''
  ].join('\n')
}
