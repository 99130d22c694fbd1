import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bigBitwardenExport } from '../../support/big-export'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('a big password export', () => {
  it('is read off the main thread: other calls answer at once meanwhile', async () => {
    const dir = await tempDir()
    const file = await bigBitwardenExport(dir, 40)
    const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
    await must(core, 'createCase', { number: '+79161234567' })

    const started = Date.now()
    let finished = false
    const discovering = core.call('discoverAccounts', { source: { path: file } }).finally(() => {
      finished = true
    })
    // Asked every 20 ms: each wait is from one answer to the next, so a blocked main
    // thread shows as a long wait even when no call was in flight while it was blocked.
    const waits: number[] = []
    let last = performance.now()
    while (!finished) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      await must(core, 'getAppInfo', {})
      waits.push(performance.now() - last)
      last = performance.now()
    }
    const found = await discovering
    const took = Date.now() - started
    expect(found).toMatchObject({ ok: true, data: { format: 'bitwarden-json' } })
    const slowest = Math.max(...waits)
    console.info(
      `discover of a 40 MB export took ${took} ms; getAppInfo answered ${waits.length} times meanwhile, the slowest in ${slowest.toFixed(1)} ms`
    )
    // A blocked main thread would answer no call until the export was read: at most one.
    expect(waits.length).toBeGreaterThan(10)
  }, 120_000)
})
