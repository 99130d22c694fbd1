import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { uptime } from 'node:os'
import { join } from 'node:path'

export const LOCK_FILE = 'unlinker.lock'

/** Folders this process holds: a pid check alone cannot tell two opens in one process apart. */
const heldHere = new Set<string>()

export class FolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number
  ) {
    super(
      `Another Unlinker (process ${pid}) is already using the data folder ${dataDir}. Close it first, or start with --data pointing to another folder.`
    )
  }
}

export interface FolderLock {
  release(): Promise<void>
}

/**
 * Who holds a lock: the pid, which boot of the machine it ran in, and when it started. A
 * pid alone is not enough: after a reboot another process may have the same pid.
 */
export interface LockOwner {
  pid: number
  /** Linux's boot id, else `boot-<ms>`: the boot time, read with some skew. */
  boot: string
  /** The process's start, in clock ticks since boot (Linux), else null. */
  started: string | null
  /** When the lock file was last written (read from the file, not stored in it). */
  writtenAt?: number
}

/**
 * Keeps two running copies from writing the same store. The lock file is written whole
 * under a private name and then hard-linked into place, which fails if a lock exists: no
 * starter ever sees a half-written lock, and exactly one of several racing starters wins.
 * A lock whose owner is gone (a crash, a reboot) is taken over, one starter at a time.
 */
export async function lockDataFolder(
  dataDir: string,
  options: { self?: LockOwner; isRunning?: (owner: LockOwner) => boolean } = {}
): Promise<FolderLock> {
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, LOCK_FILE)
  const self = options.self ?? currentProcess()
  const isRunning = options.isRunning ?? stillRunning
  const content = JSON.stringify({ pid: self.pid, boot: self.boot, started: self.started })
  // Long enough to outwait a lock being written, and to take it over if it never is.
  const deadline = Date.now() + YOUNG_MS + 2_000
  while (Date.now() < deadline) {
    if (await createExclusive(path, content)) {
      heldHere.add(path)
      return {
        release: async () => {
          heldHere.delete(path)
          await releaseIfOurs(path, content)
        }
      }
    }
    const found = await readOwner(path)
    if (found === 'gone') continue
    if (found === 'young') {
      // Being written by an older Unlinker that creates, then writes: wait for it.
      await pause(20)
      continue
    }
    const ours = sameOwner(found, self)
    if ((ours && heldHere.has(path)) || (!ours && isRunning(found))) {
      throw new FolderLockedError(dataDir, found.pid)
    }
    await takeOver(path, found)
  }
  throw new Error(`Could not lock the data folder ${dataDir}`)
}

/** Writes `content` to `path` only if nothing is there, never leaving it half-written. */
async function createExclusive(path: string, content: string): Promise<boolean> {
  const temp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}`
  const handle = await open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await link(temp, path)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
      // No hard links here (some network or FAT volumes): exclusive create of the lock
      // itself; readers treat a young empty lock as being written.
      return createDirectly(path, content)
    }
    throw error
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

async function createDirectly(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx', 0o600)
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

/** A lock found empty or unreadable counts as being written while it is this young. */
const YOUNG_MS = 5_000

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'young'> {
  let text: string
  let modified: number
  try {
    ;[text, modified] = await Promise.all([
      readFile(path, 'utf8'),
      stat(path).then((s) => s.mtimeMs)
    ])
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone'
    throw error
  }
  const owner = parseOwner(text)
  if (owner) return { ...owner, writtenAt: modified }
  // Empty or garbage: written by nobody alive, unless it is being written right now.
  return Date.now() - modified < YOUNG_MS ? 'young' : { pid: 0, boot: '', started: null }
}

/** The lock's text: this format, or an older Unlinker's bare pid. */
function parseOwner(text: string): LockOwner | null {
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), boot: '', started: null }
  try {
    const value = JSON.parse(trimmed) as Partial<LockOwner>
    if (typeof value.pid === 'number' && typeof value.boot === 'string')
      return { pid: value.pid, boot: value.boot, started: value.started ?? null }
  } catch {
    // Not a lock this app wrote.
  }
  return null
}

/**
 * Removes a lock judged stale, but only if it is still the very one that was judged: the
 * lock is moved aside (atomic), and put back if another starter replaced it meanwhile.
 */
async function takeOver(path: string, judged: LockOwner): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(6).toString('hex')}`
  try {
    await rename(path, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const moved = parseOwner(await readFile(aside, 'utf8').catch(() => ''))
  const same = moved ? sameOwner(moved, judged) : judged.pid === 0
  if (!same) {
    // A live starter's fresh lock: back in place unless yet another one is there now.
    await link(aside, path).catch(() => undefined)
  }
  await unlink(aside).catch(() => undefined)
}

async function releaseIfOurs(path: string, content: string): Promise<void> {
  const found = await readFile(path, 'utf8').catch(() => '')
  if (found === content) await unlink(path).catch(() => undefined)
}

function sameOwner(a: LockOwner, b: LockOwner): boolean {
  // writtenAt is the file's, not the owner's: not compared.
  return a.pid === b.pid && a.boot === b.boot && a.started === b.started
}

/**
 * Whether the lock's owner still runs: same boot of this machine, the pid alive, and (where
 * the system says) started when the lock says. A lock from before a reboot is stale even
 * if some other process now has its pid.
 */
function stillRunning(owner: LockOwner): boolean {
  if (owner.pid <= 0) return false
  // Written before this boot of the machine: whoever wrote it is gone, whatever has its pid.
  if (owner.writtenAt !== undefined && owner.writtenAt < Date.now() - uptime() * 1000 - 60_000)
    return false
  if (owner.boot !== '' && !sameBoot(owner.boot, bootId())) return false
  if (!isAlive(owner.pid)) return false
  if (owner.started !== null) {
    const started = startTicks(owner.pid)
    if (started !== null && started !== owner.started) return false
  }
  return true
}

/** How a lock names a running process (this one unless told). */
export function processIdentity(pid = process.pid): LockOwner {
  return { pid, boot: bootId(), started: startTicks(pid) }
}

function currentProcess(): LockOwner {
  return processIdentity(process.pid)
}

function sameBoot(a: string, b: string): boolean {
  if (a === b) return true
  const [x, y] = [/^boot-(\d+)$/.exec(a)?.[1], /^boot-(\d+)$/.exec(b)?.[1]]
  // Boot times worked out from the uptime differ by a little; a reboot moves them far.
  return x !== undefined && y !== undefined && Math.abs(Number(x) - Number(y)) < 120_000
}

let boot: string | undefined

function bootId(): string {
  boot ??= readBootId()
  return boot
}

function readBootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  } catch {
    // Elsewhere: the boot time, worked out from the uptime (see sameBoot).
    return `boot-${Math.round(Date.now() - uptime() * 1000)}`
  }
}

/** A process's start time in clock ticks since boot (Linux's /proc), else null. */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return fields[19] ?? null
  } catch {
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
