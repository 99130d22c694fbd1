import { spawn } from 'node:child_process'
import { join } from 'node:path'

const CHILD = join(__dirname, 'crash-child.ts')
/** The passphrase the child's encrypt and unlock modes use. */
export const CRASH_PASSPHRASE = 'crash-test passphrase'

/** Older events move to a new history segment every three writes or so. */
export const HISTORY_TAIL = 6

/**
 * A seeded random source for kill delays: the seed is printed, so a failing run can be
 * repeated with KILL_SEED=<seed>.
 */
export function killRandom(label: string): () => number {
  const seed = Number(process.env.KILL_SEED) || Math.floor(Math.random() * 2 ** 31)
  process.stdout.write(`${label}: KILL_SEED=${seed}\n`)
  let state = seed >>> 0
  // mulberry32: small, fast and good enough to spread kill moments.
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

export interface KillPlan {
  /** Milliseconds after the trigger before the kill. */
  delayMs: number
  /** Kill after the first acknowledged piece of work instead of after "ready". */
  afterFirstAck?: boolean
  /**
   * After "ready", the kill waits until this says the moment has come (it is asked again
   * every few milliseconds), or until the child acknowledges its work.
   */
  when?: () => Promise<boolean>
  file?: string
}

/**
 * Starts the child on the folder, SIGKILLs it at the planned moment, and answers every
 * line of work it acknowledged before dying.
 */
export function runAndKill(mode: string, dataDir: string, plan: KillPlan): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, mode, dataDir, ...(plan.file ? [plan.file] : [])],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, HISTORY_TAIL: String(HISTORY_TAIL) }
      }
    )
    const acks: string[] = []
    let buffered = ''
    let errors = ''
    let armed = false
    let acked = false
    const arm = (): void => {
      if (armed) return
      armed = true
      const when = plan.when
      if (!when) {
        setTimeout(() => child.kill('SIGKILL'), plan.delayMs)
        return
      }
      const poll = (): void =>
        void when().then((now) => (now || acked ? child.kill('SIGKILL') : setTimeout(poll, 2)))
      poll()
    }
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready' && !plan.afterFirstAck) arm()
        else if (line.startsWith('ack ')) {
          acked = true
          acks.push(line.slice(4))
          if (plan.afterFirstAck) arm()
        }
      }
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acks)
      else reject(new Error(`child ended by itself (${code}): ${errors}`))
    })
  })
}
