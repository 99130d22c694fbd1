import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { seedPaperFolder } from '../support/paper-seed'
import { pdfPages, pdfText } from '../support/pdf-text'
import { unpackTo } from '../support/crafted-archives'
import { callFromPage, expect, test } from './web-app'

const squeeze = (text: string): string => text.replace(/\s+/g, '')
const count = (text: string, part: string): number => text.split(part).length - 1

// The printed pages are read back with poppler (pdftotext, pdfinfo); Windows runners have none.
const NO_POPPLER = 'reads the printed PDFs back with poppler (pdftotext), which Windows lacks'
if (process.platform === 'win32') console.warn(`Skipped on Windows: ${NO_POPPLER}`)
test.skip(process.platform === 'win32', NO_POPPLER)

test('the report and the statement print whole, from the app and from the archive: every account, every SHA-256, page N of M, the summary first, both languages', async ({
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

    // The statement of cancellation: in the archive, listed in SHA256SUMS, which checks.
    const unpacked = join(dir, 'unpacked')
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: unpacked })
    const statementFile = 'statement-79123456789.html'
    expect(readFileSync(join(unpacked, 'SHA256SUMS'), 'utf8')).toContain(`  ${statementFile}`)
    const checkStatement = (pdf: Buffer, what: string, words: string[]): void => {
      const all = pdfText(pdf)
      const pages = pdfPages(pdf)
      // The number, the carrier and the dates in each language, every hash in each column.
      for (const word of [squeeze(seeded.number), ...words.map(squeeze)])
        expect(all, `${what}: ${word}`).toContain(word)
      for (const hash of seeded.hashes) expect(count(all, hash), `${what}: ${hash}`).toBe(2)
      // Every sheet repeats the statement's header with the number.
      for (let n = 1; n <= pages; n++)
        expect(pdfText(pdf, { first: n, last: n }), `${what}, page ${n}`).toContain(
          squeeze(`${words[0]} · ${seeded.number}`)
        )
    }
    const english = [
      'Statement of cancellation of a mobile number',
      'Заявление о расторжении договора на номер мобильного телефона',
      'MTS',
      'МТС',
      'Nov 2, 2026',
      '2 ноября 2026',
      'MTS-2026-771'
    ]
    await page.goto(pathToFileURL(join(unpacked, statementFile)).href)
    checkStatement(
      await page.pdf({ preferCSSPageSize: true, path: 'test-results/paper/statement-html.pdf' }),
      'statement.html',
      english
    )

    // The same from the app, then in Chinese beside the number's Russian.
    await page.goto(`${app.url}#/archive/statement/${seeded.caseId}`)
    const sheet = page.locator('[data-statement] tr.proof')
    await expect(sheet).toHaveCount(6)
    checkStatement(
      await page.pdf({ preferCSSPageSize: true, path: 'test-results/paper/statement-en.pdf' }),
      'statement print view',
      english
    )
    await callFromPage(page, 'setPreferences', { language: 'zh-CN' })
    await page.reload()
    await expect(page.locator('[data-statement] h1').first()).toHaveText('手机号码注销声明')
    checkStatement(
      await page.pdf({ preferCSSPageSize: true, path: 'test-results/paper/statement-zh-CN.pdf' }),
      'statement print view in Chinese',
      ['手机号码注销声明', 'MTS', 'МТС', '2026年11月2日', '2 ноября 2026', '第1页']
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
