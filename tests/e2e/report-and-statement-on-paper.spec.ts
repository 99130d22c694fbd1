import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { seedPaperFolder } from '../support/paper-seed'
import { pdfPages, pdfText } from '../support/pdf-text'
import { unpackTo } from '../support/crafted-archives'
import { expect, test } from './web-app'

const squeeze = (text: string): string => text.replace(/\s+/g, '')

// The printed pages are read back with poppler (pdftotext, pdfinfo); Windows runners have none.
const NO_POPPLER = 'reads the printed PDFs back with poppler (pdftotext), which Windows lacks'
if (process.platform === 'win32') console.warn(`Skipped on Windows: ${NO_POPPLER}`)
test.skip(process.platform === 'win32', NO_POPPLER)

test('the report prints whole, from the app and from the archive: every account, every SHA-256, page N of M, the summary first', async ({
  page,
  app
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'unlinker-paper-'))
  try {
    await app.stop()
    const archive = join(dir, 'proofs.zip')
    const seeded = seedPaperFolder(app.dataDir, archive)
    expect(seeded.accounts).toHaveLength(40)
    expect(seeded.hashes).toHaveLength(6)

    const check = async (pdf: Buffer, what: string): Promise<void> => {
      const all = pdfText(pdf)
      const pages = pdfPages(pdf)
      expect(pages, what).toBeGreaterThan(1)
      for (const hash of seeded.hashes) expect(all, `${what}: ${hash}`).toContain(hash)
      for (const name of seeded.accounts) expect(all, `${what}: ${name}`).toContain(squeeze(name))
      for (let n = 1; n <= pages; n++)
        expect(pdfText(pdf, { first: n, last: n }), `${what}, page ${n}`).toContain(
          `Page${n}of${pages}`
        )
      // The first sheet tells the story: the number, its carrier and how far the work is.
      const first = pdfText(pdf, { first: 1, last: 1 })
      expect(first, what).toContain(squeeze(seeded.number))
      expect(first, what).toContain('CarrierMTS')
      expect(first, what).toContain('14of40accountsunlinked')
    }

    // The app's print view, as the print dialog's "Save as PDF" makes it.
    await page.goto(`${await app.start()}#/archive/report`)
    const report = page.locator('[data-print-report]')
    await expect(report.locator('tbody tr')).toHaveCount(40 + 6)
    const inApp = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      path: 'test-results/paper/report-print-view.pdf'
    })
    await check(inApp, 'print view')

    // The archive's report.html, opened from the unpacked archive.
    await unpackTo(archive, join(dir, 'unpacked'))
    await page.goto(pathToFileURL(join(dir, 'unpacked', 'report.html')).href)
    const fromArchive = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      path: 'test-results/paper/report-html.pdf'
    })
    await check(fromArchive, 'report.html')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
