import { spawn } from 'node:child_process'
import { readdir, utimes, writeFile } from 'node:fs/promises'
import { uptime } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  FolderLockedError,
  LOCK_FILE,
  lockDataFolder,
  processIdentity
} from '../../../src/core/lock'
import { beforeCleanup, tempDir } from '../../support/temp-dir'

const CHILD = join(__dirname, '../../support/lock-child.ts')

/** Starts `count` processes, then lets them all ask for the lock at the same moment. */
async function race(dataDir: string, count: number): Promise<string[]> {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], {
      stdio: ['pipe', 'pipe', 'inherit']
    })
  )
  beforeCleanup(async () => {
    for (const child of children) child.kill()
  })
  const said = children.map((child) => {
    const lines: string[] = []
    const waiters: Array<() => void> = []
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const parts = out.split('\n')
      out = parts.pop() ?? ''
      lines.push(...parts)
      waiters.splice(0).forEach((w) => w())
    })
    child.on('exit', (code) => {
      lines.push(`exit ${code}`)
      waiters.splice(0).forEach((w) => w())
    })
    return async (n: number): Promise<string> => {
      while (lines.length < n) await new Promise<void>((r) => waiters.push(r))
      return lines[n - 1]!
    }
  })
  expect(await Promise.all(said.map((line) => line(1)))).toEqual(children.map(() => 'ready'))
  for (const child of children) child.stdin.write('go\n')
  const answers = await Promise.all(said.map((line) => line(2)))
  for (const child of children) child.stdin.end()
  return answers
}

/** A process that runs for the test and is not this one. */
async function liveProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
  beforeCleanup(async () => void child.kill())
  await new Promise((resolve) => child.once('spawn', resolve))
  return child.pid!
}

describe('the data folder lock, raced and after a reboot', () => {
  it('lets exactly one of several starters racing in separate processes win', async () => {
    for (let round = 0; round < 2; round++) {
      const dir = await tempDir()
      const answers = await race(dir, 5)
      expect(
        answers.filter((a) => a === 'won'),
        answers.join(' ')
      ).toHaveLength(1)
      expect(answers.filter((a) => a === 'locked')).toHaveLength(4)
    }
  }, 120_000)

  it('lets exactly one of several starters in one process win, never seeing a half-written lock', async () => {
    for (let round = 0; round < 20; round++) {
      const dir = await tempDir()
      const tries = await Promise.allSettled(Array.from({ length: 6 }, () => lockDataFolder(dir)))
      const won = tries.filter((t) => t.status === 'fulfilled')
      expect(won).toHaveLength(1)
      for (const t of tries)
        if (t.status === 'rejected') expect(t.reason).toBeInstanceOf(FolderLockedError)
      await (won[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release()
      expect(await readdir(dir)).toEqual([])
    }
  })

  it('takes over a lock from before a reboot even when its pid now runs something else', async () => {
    const dir = await tempDir()
    const other = await liveProcess()
    const lock = join(dir, LOCK_FILE)
    // This version's lock says which boot it was written in.
    await writeFile(lock, JSON.stringify({ ...processIdentity(other), boot: 'an-earlier-boot' }))
    await (await lockDataFolder(dir)).release()
    // An older version's bare pid: the file's time says it was written before this boot.
    await writeFile(lock, String(other))
    const beforeBoot = (Date.now() - uptime() * 1000) / 1000 - 3600
    await utimes(lock, beforeBoot, beforeBoot)
    await (await lockDataFolder(dir)).release()
  })

  it('waits for a lock another starter is still writing instead of deleting it', async () => {
    const dir = await tempDir()
    const other = await liveProcess()
    // The other starter has created the file and not yet written its identity.
    await writeFile(join(dir, LOCK_FILE), '')
    const mine = lockDataFolder(dir)
    await new Promise((resolve) => setTimeout(resolve, 100))
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(processIdentity(other)))
    await expect(mine).rejects.toBeInstanceOf(FolderLockedError)
  })

  it('takes over a lock whose pid is alive but started at another time (pid reused)', async () => {
    const dir = await tempDir()
    const me = processIdentity()
    if (me.started === null) return // No start times on this system: the boot check stands.
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ ...me, started: String(Number(me.started) + 12345) })
    )
    const lock = await lockDataFolder(dir)
    await lock.release()
  })

  it('refuses a lock whose owner still runs in this boot', async () => {
    const dir = await tempDir()
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    beforeCleanup(async () => void other.kill())
    await new Promise((resolve) => other.once('spawn', resolve))
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(processIdentity(other.pid!)))
    await expect(lockDataFolder(dir)).rejects.toBeInstanceOf(FolderLockedError)
    // Once it has gone, its lock is stale.
    other.kill()
    await new Promise((resolve) => other.once('exit', resolve))
    const lock = await lockDataFolder(dir)
    await lock.release()
  })
})
