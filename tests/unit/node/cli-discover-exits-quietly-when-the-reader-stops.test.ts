import { execFile } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../../../src/core/lock'
import { closeCore, must, openCore } from '../../support/open-core'
import { posixOnly } from '../../support/posix-only'
import { tempDir } from '../../support/temp-dir'

/** The built command line (npm run build), run as a user would. */
const CLI = join(__dirname, '../../../out/main/cli.js')

/** `discover … | head -1` in a shell: the reader leaves after one line of a long answer. */
function throughHead(args: string[]): Promise<{ node: number; first: string; err: string }> {
  const quoted = args.map((a) => `'${a}'`).join(' ')
  const script = `"${process.execPath}" '${CLI}' ${quoted} 2>"$ERR" | head -1; echo "node=\${PIPESTATUS[0]}"`
  return new Promise((resolve) => {
    const err = join(args[args.indexOf('--data') + 1] ?? '', '..', 'stderr.txt')
    execFile('bash', ['-c', script], { env: { ...process.env, ERR: err } }, async (_e, out) => {
      const { readFile } = await import('node:fs/promises')
      const lines = out.split('\n')
      resolve({
        first: lines[0] ?? '',
        node: Number(/node=(\d+)/.exec(out)?.[1]),
        err: await readFile(err, 'utf8')
      })
    })
  })
}

// Runs the built command line twice as separate processes: slow on a busy machine.
describe('unlinker discover | head -1', { timeout: 120_000 }, () => {
  it('exits 0 without a word on stderr, and leaves no lock and no temporary file', async (ctx) => {
    posixOnly(ctx, 'runs `unlinker discover | head -1` in bash, which Windows lacks')
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data)
    await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
    await closeCore(core)
    // Thousands of services: far more output than a pipe holds, so the writer meets EPIPE.
    const rows = ['name,url,username,password']
    for (let i = 0; i < 4000; i++)
      rows.push(`site${i},https://www.site${i}-example.com/login,user${i},PLANTED-${i}`)
    const file = join(dir, 'chrome.csv')
    await writeFile(file, `${rows.join('\n')}\n`)

    for (const extra of [['--json'], ['--json', '--apply'], []]) {
      const { node, first, err } = await throughHead(['discover', file, '--data', data, ...extra])
      expect(first).toMatch(/^(\{|Read a chrome-csv export)/)
      expect(err).toBe('')
      expect(node).toBe(0)
      const left = await readdir(data, { recursive: true })
      expect(left).not.toContain(LOCK_FILE)
      expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([])
    }
  })
})

describe('output to a reader that stops early', () => {
  // A line-by-line answer alone, or a waited-for one with a pipe into stdout listening too.
  it.for([['short'], ['long']])(
    'ends the output, not the command (%s answer)',
    async ([mode], ctx) => {
      posixOnly(ctx, 'pipes the output into `head -1` in bash, which Windows lacks')
      const child = join(__dirname, '../../support/write-out-child.ts')
      const script = `"${process.execPath}" --import tsx '${child}' ${mode} | head -1 >/dev/null; echo "node=\${PIPESTATUS[0]}" >&2`
      const { stderr } = await new Promise<{ stderr: string }>((resolve) =>
        execFile('bash', ['-c', script], (_e, _out, stderr) => resolve({ stderr }))
      )
      expect(stderr).toBe('finished\nnode=0\n')
    }
  )
})
