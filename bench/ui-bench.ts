import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { STORE_FILE } from '../src/core/store/open-store'
import { median } from './measure'
import { launchChromium, serve } from './serve-web'
import { bigStore } from './store-bench'

const ROOT = join(__dirname, '..')

/**
 * The inventory at 10,000 accounts in a real browser: time from navigation to the first
 * rows on screen, and from a keystroke in the search box to the list showing the
 * result. Also the gzipped size of the renderer's JavaScript. Needs `npm run build`.
 */
export async function uiBench(): Promise<Record<string, number>> {
  const assets = join(ROOT, 'out/renderer/assets')
  const scripts = (await readdir(assets)).filter((f) => f.endsWith('.js'))
  // Each language's messages are a chunk of their own, loaded only when chosen: a user
  // loads every other chunk and one language's (counted here as the largest).
  const language = /^(en|ru|zh-CN)-[\w-]+\.js$/
  let allBytes = 0
  let sharedBytes = 0
  let largestLanguage = 0
  for (const f of scripts) {
    const size = gzipSync(await readFile(join(assets, f))).length
    allBytes += size
    if (language.test(f)) largestLanguage = Math.max(largestLanguage, size)
    else sharedBytes += size
  }

  const dir = await mkdtemp(join(tmpdir(), 'unlinker-bench-ui-'))
  const server = await (async () => {
    const dataDir = join(dir, 'data')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(dataDir)
    await writeFile(join(dataDir, STORE_FILE), JSON.stringify(bigStore(10_000, 1_000)))
    return serve(dataDir)
  })()
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(server.url)
    const base = server.url.replace(/\?.*$/, '')
    const firstRender: number[] = []
    const filter: number[] = []
    for (let round = 0; round < 5; round++) {
      await page.goto(`${base}#/dashboard`)
      await page.locator('.page h1').waitFor()
      const start = Date.now()
      await page.goto(`${base}#/accounts`)
      await page.locator('td a').first().waitFor()
      firstRender.push(Date.now() - start)

      const search = page.getByRole('searchbox', { name: 'Search accounts' })
      await search.fill('')
      await page.waitForTimeout(100)
      // One keystroke, timed inside the page until the count line has changed.
      filter.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const input = document.querySelector<HTMLInputElement>('input[type="search"]')!
              const count = [...document.querySelectorAll('span, div')].find((e) =>
                / of 10000 accounts$/.test(e.textContent ?? '')
              )!
              const before = count.textContent
              const start = performance.now()
              const observer = new MutationObserver(() => {
                if (count.textContent !== before) {
                  observer.disconnect()
                  // After the next frame's style, layout and paint: a message posted from
                  // requestAnimationFrame is handled once that frame is done.
                  requestAnimationFrame(() => {
                    const channel = new MessageChannel()
                    channel.port1.onmessage = () => resolve(performance.now() - start)
                    channel.port2.postMessage(null)
                  })
                }
              })
              observer.observe(count, { characterData: true, childList: true, subtree: true })
              input.value = '7'
              input.dispatchEvent(new Event('input', { bubbles: true }))
            })
        )
      )
    }
    return {
      ui_first_render_ms_10k: median(firstRender),
      ui_filter_ms_10k: median(filter),
      renderer_js_gzip_kb: (sharedBytes + largestLanguage) / 1024,
      renderer_js_all_files_gzip_kb: allBytes / 1024
    }
  } finally {
    await browser.close()
    await server.stop()
    await rm(dir, { recursive: true, force: true, maxRetries: 5 })
  }
}
