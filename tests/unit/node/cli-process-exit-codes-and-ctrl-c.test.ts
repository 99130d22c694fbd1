import { execFile, spawn } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { LOCK_FILE } from '../../../src/core/lock'
import { closeCore, openCore } from '../../support/open-core'
import { posixOnly } from '../../support/posix-only'
import { tempDir } from '../../support/temp-dir'

// The commands themselves are tested in this process (run-cli.ts); these few run the
// built command line as a shell does, for what only a process shows: its exit status,
// the output it flushes before exiting, another process's lock, and Ctrl-C.

/** The built command line (npm run build). */
const CLI = join(__dirname, '../../../out/main/cli.js')

function unlinker(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, out: stdout, err: stderr })
    )
  })
}

describe('the unlinker process', () => {
  it('exits with the code of its answer: help 0, usage 2, an unreadable archive 5', async () => {
    const help = await unlinker('--help')
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/^Usage: unlinker <command>/)
    expect(help.err).toBe('')

    const bare = await unlinker()
    expect(bare.code).toBe(2)

    const unknown = await unlinker('export', '--no-such-option')
    expect(unknown.code).toBe(2)
    expect(unknown.out).toBe('')
    expect(unknown.err).toMatch(/no-such-option[\s\S]*Usage: unlinker export \[--data DIR\]/)

    const junk = join(await tempDir(), 'junk.zip')
    await writeFile(junk, 'no zip here')
    const verified = await unlinker('verify', junk)
    expect(verified.code).toBe(5)
    expect(verified.err).toMatch(/^unlinker: /)
  })

  it('exits 3 on a data folder another process holds, and names that process', async () => {
    const data = join(await tempDir(), 'data')
    const core = await openCore(data)
    const refused = await unlinker('demo', '--data', data)
    expect(refused.code).toBe(3)
    expect(refused.err).toContain(`Another Unlinker (process ${process.pid})`)
    await closeCore(core)
    expect((await unlinker('demo', '--data', data)).code).toBe(0)
  })

  it('stops serving on Ctrl-C: exit 0, everything saved, the folder let go', async (ctx) => {
    posixOnly(ctx, 'Windows cannot send a child process Ctrl-C (SIGINT); the Quit test stops it')
    const data = join(await tempDir(), 'data')
    const child = spawn(process.execPath, [CLI, 'serve', '--data', data, '--no-open'])
    // A server the test failed to stop must not outlive it.
    onTestFinished(() => void child.kill('SIGKILL'))
    let out = ''
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes('Open: ')) resolve()
      })
      child.once('exit', () => reject(new Error(`serve ended early: ${err}`)))
    })
    expect(await readdir(data)).toContain(LOCK_FILE)
    child.kill('SIGINT')
    expect(await exited).toBe(0)
    expect(out).toContain('Stopped; everything is saved.')
    expect(err).toBe('')
    expect(await readdir(data)).not.toContain(LOCK_FILE)
  })

  it('stops serving when the app’s Quit is called with its token, on every system', async () => {
    const data = join(await tempDir(), 'data')
    const child = spawn(process.execPath, [CLI, 'serve', '--data', data, '--no-open'])
    // A server the test failed to stop must not outlive it.
    onTestFinished(() => void child.kill('SIGKILL'))
    let out = ''
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    const opened = await new Promise<URL>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const url = /Open: (\S+)/.exec(out)?.[1]
        if (url) resolve(new URL(url))
      })
      child.once('exit', () => reject(new Error(`serve ended early: ${err}`)))
    })
    const quit = (token: string): Promise<Response> =>
      fetch(new URL('/api/quitApp', opened), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-unlinker-token': token },
        body: '{}'
      })
    // Only the page that holds the token may stop it.
    expect((await quit('guess')).status).toBe(403)
    expect(await readdir(data)).toContain(LOCK_FILE)
    const answer = await quit(opened.searchParams.get('token') ?? '')
    expect(await answer.json()).toEqual({ ok: true, data: { quitting: true } })
    expect(await exited).toBe(0)
    expect(out).toContain('Stopped; everything is saved.')
    expect(err).toBe('')
    expect(await readdir(data)).not.toContain(LOCK_FILE)
  })
})
