import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appCatalog } from '../src/core/catalog/catalog'
import { STORE_FILE } from '../src/core/store/open-store'
import { UnlinkerCore } from '../src/core/unlinker-core'
import type { MethodInput } from '../src/shared/contract'
import { bigStore } from './big-store'
import { median, timeIt } from './measure'
import { launchChromium, serve } from './serve-web'

/** What people type into the picker, with and without its filters. */
const SEARCHES: Array<MethodInput<'searchCatalog'>> = [
  { text: '' },
  { text: 's' },
  { text: 'ba' },
  { text: 'bank', smsOnly: true },
  { text: 'сбер' },
  { text: '微信' },
  { text: 'mail', region: 'ru' },
  { text: '', category: 'bank', region: 'worldwide' },
  { text: 'no such service anywhere' }
]

/**
 * The catalog's figures: a picker search through the contract over the whole catalog
 * (more than 3,000 entries), and the app's start-up to the first inventory rows with the
 * full catalog against an empty one, in the same run, alternating.
 */
export async function catalogBench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-bench-catalog-'))
  try {
    return { ...(await searchFigures(join(dir, 'search'))), ...(await startupFigures(dir)) }
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 })
  }
}

async function searchFigures(dataDir: string): Promise<Record<string, number>> {
  const core = await UnlinkerCore.open({ dataDir, mode: 'web', version: 'bench' })
  try {
    const loadMs = await timeIt(() => core.call('searchCatalog', { text: 'x' }))
    const perQuery: number[] = []
    for (const query of SEARCHES) {
      const times: number[] = []
      for (let i = 0; i < 15; i++) {
        times.push(
          await timeIt(async () => {
            const result = await core.call('searchCatalog', { ...query, limit: 100 })
            if (!result.ok) throw new Error(result.error.message)
          })
        )
      }
      perQuery.push(median(times))
    }
    return {
      catalog_entries: appCatalog().entries.length,
      catalog_first_load_ms: loadMs,
      catalog_search_ms_median: median(perQuery),
      catalog_search_ms_slowest: Math.max(...perQuery)
    }
  } finally {
    await core.close()
  }
}

async function startupFigures(dir: string): Promise<Record<string, number>> {
  const emptyCatalog = join(dir, 'empty-catalog.json')
  await writeFile(
    emptyCatalog,
    JSON.stringify({ about: { format: 1, snapshots: {} }, entries: [] })
  )
  // 300 accounts from the catalog, curated and generated alike, so the inventory asks
  // main for their entries as it does for a real user.
  const ids = appCatalog().entries.map((e) => e.id)
  const store = bigStore(300, 300)
  store.accounts.forEach((a, i) => (a.catalogId = ids[(i * 13) % ids.length]!))

  const browser = await launchChromium()
  const full: number[] = []
  const empty: number[] = []
  try {
    for (let round = 0; round < 6; round++) {
      for (const [times, env] of [
        [full, process.env],
        [empty, { ...process.env, UNLINKER_CATALOG_FILE: emptyCatalog }]
      ] as const) {
        const dataDir = join(dir, `start-${round}-${times === full ? 'full' : 'empty'}`)
        await mkdir(dataDir)
        await writeFile(join(dataDir, STORE_FILE), JSON.stringify(store))
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
        const start = Date.now()
        const server = await serve(dataDir, env)
        try {
          const page = await context.newPage()
          await page.goto(`${server.url}#/accounts`)
          await page.locator('td a').first().waitFor()
          times.push(Date.now() - start)
        } finally {
          await context.close()
          await server.stop()
        }
      }
    }
  } finally {
    await browser.close()
  }
  return {
    startup_ms_full_catalog: median(full),
    startup_ms_empty_catalog: median(empty),
    startup_full_vs_empty_catalog_ratio: median(full) / median(empty)
  }
}
