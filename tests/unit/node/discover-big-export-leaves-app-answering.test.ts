import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

/** A Bitwarden export of about `megabytes` MB: many sites, a few known ones, one old number. */
async function bigExport(dir: string, megabytes: number): Promise<string> {
  const items: string[] = []
  let size = 0
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const item = JSON.stringify({
      id: `item-${i}`,
      name: `Site ${i}`,
      type: 1,
      notes: 'n'.repeat(200),
      login: {
        username: i === 7 ? '+79161234567' : `user${i}@mail.example`,
        password: 'secret-password',
        uris: [{ uri: `https://login.site${i}.example/` }, { uri: 'https://id.tinkoff.ru/' }]
      }
    })
    items.push(item)
    size += item.length
  }
  const file = join(dir, 'bitwarden.json')
  await writeFile(file, `{"encrypted":false,"items":[${items.join(',')}]}`)
  return file
}

describe('a big password export', () => {
  it('is read off the main thread: other calls answer at once meanwhile', async () => {
    const dir = await tempDir()
    const file = await bigExport(dir, 40)
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
    expect(took).toBeGreaterThan(1000)
    expect(waits.length).toBeGreaterThan(10)
    expect(slowest).toBeLessThan(750)
  }, 120_000)
})
