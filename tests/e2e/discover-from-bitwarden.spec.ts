import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bigBitwardenExport } from '../support/big-export'
import { expect, startWithNumber, test } from './web-app'

const EXPORT = join(__dirname, '../fixtures/exports/bitwarden.json')

test('a user imports a Bitwarden export, reviews it, and adds five accounts', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await startWithNumber(page, '+7 912 345-67-89')
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()

  await page.getByRole('button', { name: 'Find accounts in a file' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByText('Only names and addresses are read')).toBeVisible()
  await dialog.getByLabel('Choose the export file').setInputFiles(EXPORT)
  await expect(dialog.getByText(/^Found \d+ services\./)).toBeVisible()

  const sber = dialog.locator('[data-candidate="Sber (Sberbank)"]')
  await expect(sber).toContainText('logs in with the old number')
  await expect(sber).toContainText('in the catalog')
  await expect(sber).toContainText('Сбербанк Онлайн')
  await expect(dialog).not.toContainText('SECRET')
  // Ticked already: the catalog matches and the logins with the old number.
  await expect(dialog.getByRole('button', { name: 'Add 6 accounts' })).toBeVisible()
  await dialog
    .locator('[data-candidate="WeChat (Weixin, WeChat Pay)"]')
    .getByRole('checkbox')
    .click()
  await page.screenshot({
    path: 'test-results/screens/discover-review.png',
    animations: 'disabled'
  })
  await dialog.getByRole('button', { name: 'Add 5 accounts' }).click()
  await expect(dialog).toBeHidden()

  await expect(page.getByText('5 of 5 accounts')).toBeVisible()
  for (const name of ['Sber (Sberbank)', 'Gosuslugi', 'Ozon', 'VK', 'example.org'])
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible()
  const store = await readFile(join(app.dataDir, 'unlinker.json'), 'utf8')
  expect(store).not.toMatch(/SECRET|otpauth/)
})

test('a big export shows what it is doing while it is read, and can be cancelled', async ({
  page,
  app
}) => {
  test.setTimeout(240_000)
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-big-export-'))
  try {
    const file = await bigBitwardenExport(dir, 12)
    await page.goto(app.url)
    await startWithNumber(page, '+7 916 123-45-67')
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()

    await page.getByRole('button', { name: 'Find accounts in a file' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Choose the export file').setInputFiles(file)
    const progress = dialog.locator('[data-import-progress]')
    // Cancelled as soon as it shows, while the file is still being read or matched.
    await progress.getByRole('button', { name: 'Cancel' }).click({ timeout: 60_000 })
    await expect(page.getByText('Reading the file was cancelled. Nothing was added.')).toBeVisible()
    await expect(progress).toBeHidden()
    await expect(dialog.locator('button', { hasText: 'Choose the export file' })).toBeEnabled()

    // The same file again, read to the end. The page polls the job, and a fast machine
    // matches in less than one poll, so every label the bar showed is recorded and checked
    // afterwards (the matching label itself is checked in import-bar-says-what-it-is-doing).
    await page.evaluate(() => {
      const seen: string[] = []
      ;(window as unknown as { importLabels: string[] }).importLabels = seen
      new MutationObserver(() => {
        const label = document.querySelector('[data-import-progress] p')?.textContent
        if (label && seen.at(-1) !== label) seen.push(label)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    await dialog.getByLabel('Choose the export file').setInputFiles(file)
    await expect(progress).toBeVisible({ timeout: 60_000 })
    await page.screenshot({
      path: 'test-results/screens/discover-progress.png',
      animations: 'disabled'
    })
    await expect(dialog.getByText(/^Found \d+ services\./)).toBeVisible({ timeout: 90_000 })
    const labels = await page.evaluate(
      () => (window as unknown as { importLabels: string[] }).importLabels
    )
    expect(labels[0]).toBe('Reading the file…')
    for (const label of labels)
      expect(label).toMatch(
        /^(Reading the file…|Matching entries with known services: [\d,]+ of [\d,]+)$/
      )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
