// Renders resources/icon.svg to the PNG that electron-builder turns into every platform's
// icon. Run it after changing the SVG: node scripts/render-icon.mjs
import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const root = join(import.meta.dirname, '..')
const svg = await readFile(join(root, 'resources/icon.svg'), 'utf8')
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
await page.setContent(
  `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="1024" height="1024" ')}</body></html>`
)
await page.screenshot({ path: join(root, 'resources/icon.png'), omitBackground: true })
await browser.close()
console.log('resources/icon.png written')
