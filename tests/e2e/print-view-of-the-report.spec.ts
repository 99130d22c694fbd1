import { test, expect } from './web-app'

test('the report opens as a print view from Proofs & archive, and prints only the report', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Try with example data' }).click()
  await page.locator('[data-figure="progress"]').waitFor()
  await page.getByRole('link', { name: 'Proofs & archive' }).click()
  await page.getByRole('link', { name: 'Printable report' }).click()

  const report = page.locator('[data-print-report]')
  await expect(report.getByRole('heading', { name: '+7 916 555 01 23' })).toBeVisible()
  await expect(report.locator('[data-fact="carrier"]')).toHaveText('MTS')
  await expect(report.locator('[data-fact="channel"]')).toHaveText('In a store')
  const reassign = report.locator('[data-fact="reassign-cancellation"]')
  await expect(reassign).toContainText('Source: https://www.gazeta.ru/')
  await expect(report.getByRole('cell', { name: 'Sber (Sberbank)' })).toBeVisible()
  await expect(report.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/print-view.png', fullPage: true })

  // On paper: no sidebar, no buttons, no banner; the report itself is there.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('complementary')).toBeHidden()
  await expect(report.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden()
  await expect(page.getByRole('region', { name: 'Example data.' })).toBeHidden()
  await expect(report.getByRole('heading', { name: '+7 916 555 01 23' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/print-view-paper.png', fullPage: true })
  // What the print dialog's "Save as PDF" makes of it: a PDF of more than one page.
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
  expect(pages.length).toBeGreaterThanOrEqual(1)
})
