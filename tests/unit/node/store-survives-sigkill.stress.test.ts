import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HISTORY_TAIL, killRandom, runAndKill } from '../../support/kill-child'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

/**
 * How many times the writer is killed in all. CI runs a few dozen kills with a fresh
 * seed each time; STRESS_KILLS=200 (and KILL_SEED to repeat a run) for a long night.
 */
const KILLS = Number(process.env.STRESS_KILLS) || 24
const FOLDERS = 4

async function checkStore(dataDir: string, mustHave: string[]): Promise<void> {
  const core = await openCore(dataDir, undefined, { historyTail: HISTORY_TAIL })
  const info = await must(core, 'getAppInfo', {})
  expect(info.notices).toEqual([])
  expect(info.recovery).toBeNull()
  const names = new Set((await must(core, 'listAccounts', {})).map((a) => a.name))
  for (const name of mustHave) expect(names).toContain(name)
  // Each acknowledged account's creation is in the history, wherever it now lives.
  const events = await must(core, 'listHistory', { entity: 'account', limit: 10_000 })
  const created = new Set(events.filter((e) => e.action === 'created').map((e) => e.label))
  for (const name of mustHave) expect(created).toContain(name)
  await closeCore(core)
}

describe('a SIGKILL at any moment', () => {
  it(`never loses an acknowledged write nor tears the store (${KILLS} kills)`, async () => {
    const random = killRandom('store-survives-sigkill (writes)')
    const killsEach = Math.ceil(KILLS / FOLDERS)
    let kills = 0
    let acked = 0
    await Promise.all(
      Array.from({ length: FOLDERS }, async () => {
        const dataDir = join(await tempDir(), 'data')
        const confirmed: string[] = []
        for (let i = 0; i < killsEach; i++) {
          confirmed.push(...(await runAndKill('writes', dataDir, { delayMs: random() * 80 })))
          kills++
          await checkStore(dataDir, confirmed)
        }
        acked += confirmed.length
      })
    )
    expect(kills).toBe(killsEach * FOLDERS)
    // Kills landed between writes, not only before the first one.
    expect(acked).toBeGreaterThan(kills)
  }, 600_000)
})
