import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Job } from '../../../src/shared/domain/job'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { bigBitwardenExport } from '../../support/big-export'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

/** Polls a job until it ends, keeping every state it was seen in. */
async function follow(core: UnlinkerCore, id: string): Promise<Job[]> {
  const seen: Job[] = []
  for (;;) {
    const job = await must(core, 'getJob', { id })
    seen.push(job)
    if (job.state !== 'running') return seen
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

async function folderWithExport(megabytes: number): Promise<{ core: UnlinkerCore; file: string }> {
  const dir = await tempDir()
  const file = await bigBitwardenExport(dir, megabytes)
  const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
  await must(core, 'createCase', { number: '+79161234567' })
  return { core, file }
}

describe('reading a big password export as a job', () => {
  it('says it is reading, then how many entries it has matched, and ends with the result', async () => {
    const { core, file } = await folderWithExport(12)
    const started = await must(core, 'startDiscoverAccounts', { source: { path: file } })
    expect(started).toMatchObject({ kind: 'discoverAccounts', state: 'running' })

    const seen = await follow(core, started.id)
    const running = seen.filter((j) => j.state === 'running')
    const matching = running.filter((j) => j.stage === 'matching')
    // The main thread answered while the worker was still at it, more than once.
    expect(running.length).toBeGreaterThan(2)
    expect(running.some((j) => j.stage === 'reading')).toBe(true)
    // Part-way through matching, counted in entries of the file.
    expect(matching.some((j) => j.done > 0 && j.done < j.total)).toBe(true)
    expect(new Set(matching.map((j) => j.total)).size).toBe(1)

    const last = seen.at(-1)!
    expect(last).toMatchObject({ state: 'done', error: null })
    if (last.kind !== 'discoverAccounts' || !last.result) throw new Error('no result')
    expect(last.result.format).toBe('bitwarden-json')
    expect(last.result.candidates.some((c) => c.catalogId !== null)).toBe(true)
    expect(last.done).toBe(last.total)
    expect(matching.at(-1)!.total).toBeGreaterThan(10_000)
  }, 120_000)

  it('stops when cancelled, says so, and adds nothing', async () => {
    const { core, file } = await folderWithExport(12)
    const started = await must(core, 'startDiscoverAccounts', { source: { path: file } })
    const cancelled = await must(core, 'cancelJob', { id: started.id })
    expect(cancelled.id).toBe(started.id)

    const last = (await follow(core, started.id)).at(-1)!
    expect(last).toMatchObject({ state: 'cancelled', result: null })
    expect(await must(core, 'listAccounts', {})).toEqual([])
  }, 120_000)
})
