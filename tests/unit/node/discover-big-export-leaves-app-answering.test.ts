import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Job } from '../../../src/shared/domain/job'
import { startWebServer } from '../../../src/web/web-server'
import { bigBitwardenExport, bigChromeCsv } from '../../support/big-export'
import { webClient } from '../../support/http'
import { must, openCore } from '../../support/open-core'
import { beforeCleanup, tempDir } from '../../support/temp-dir'

/** Web mode over a real core, with a number to match the export against. */
async function serve(dir: string) {
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  const core = await openCore(join(dir, 'data'))
  await must(core, 'createCase', { number: '+79161234567' })
  // Generous timeouts: on a busy machine a 40 MB upload may go quiet for a while.
  const server = await startWebServer({
    core,
    rendererDir,
    timeouts: { headersMs: 60_000, idleMs: 120_000 }
  })
  beforeCleanup(() => server.close())
  return webClient(server.port, server.token)
}

// A parse on the server's own thread would answer no request until it had read the whole
// file: every poll would see the job either not yet matching or done. Seeing it part-way
// through matching proves a request was answered while the file was being read.
describe('a big password export in web mode', () => {
  it.each([
    ['a 40 MB Bitwarden JSON', bigBitwardenExport, 'bitwarden-json'],
    ['a 40 MB Chrome CSV', bigChromeCsv, 'chrome-csv']
  ])(
    'is read off the main thread: %s, while calls keep being answered',
    async (_what, make, format) => {
      const dir = await tempDir()
      const { call, upload } = await serve(dir)
      const source = { upload: await upload(await readFile(await make(dir, 40))) }
      const started = await call<Job>('startDiscoverAccounts', { source })
      const seen: Job[] = []
      for (let job = started; job.state === 'running';) {
        job = await call<Job>('getJob', { id: started.id })
        // Another call between polls, as the page makes while the bar moves.
        await call('getAppInfo', {})
        seen.push(job)
      }
      const partWay = seen.filter(
        (j) => j.state === 'running' && j.stage === 'matching' && j.done > 0 && j.done < j.total
      )
      expect(partWay.length).toBeGreaterThan(0)
      const last = seen.at(-1)!
      expect(last).toMatchObject({ state: 'done', error: null })
      if (last.kind !== 'discoverAccounts' || !last.result) throw new Error('no result')
      expect(last.result.format).toBe(format)
      expect(last.result.candidates.find((c) => c.catalogId === 't-bank')).toBeDefined()
      expect(last.result.counts.logins).toBeGreaterThan(50_000)
    },
    180_000
  )
})
