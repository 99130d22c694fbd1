import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { paired } from './measure'

const CLI = join(__dirname, '../out/main/cli.js')
const ROUNDS = 9

function node(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, args, (error) => (error ? reject(error) : resolve()))
  )
}

/**
 * How soon the command line answers, from a process start to its exit: each command
 * alternated round by round with a bare `node -e ''` (what any Node program costs on
 * this machine at this moment), medians over the rounds, in ms and as a ratio.
 */
export async function cliBench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-bench-cli-'))
  try {
    const data = join(dir, 'data')
    const archive = join(dir, 'proofs.zip')
    await node([CLI, 'demo', '--data', data])
    await node([CLI, 'export', '--data', data, '--out', archive])
    const commands: Array<[string, string[]]> = [
      // Loads no command at all.
      ['help', ['--help']],
      // The catalog alone, no data folder.
      ['catalog_search', ['catalog', '--search', 'sber']],
      // Reads an archive, no data folder.
      ['verify', ['verify', archive]],
      // Opens the data folder: the whole core, the store, and a file written.
      ['calendar', ['calendar', '--data', data, '--out', join(dir, 'dates.ics')]]
    ]
    const figures: Record<string, number> = {}
    const bare: number[] = []
    for (const [name, args] of commands) {
      const { baselineMs, subjectMs, ratio } = await paired(
        ROUNDS,
        () => node(['-e', '']),
        () => node([CLI, ...args])
      )
      bare.push(baselineMs)
      figures[`cli_${name}_ms`] = Math.round(subjectMs)
      figures[`cli_${name}_ratio`] = ratio
    }
    figures.node_bare_ms = Math.round(bare.sort((a, b) => a - b)[Math.floor(bare.length / 2)]!)
    return figures
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
