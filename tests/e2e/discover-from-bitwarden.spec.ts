import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './web-app'

const EXPORT = join(__dirname, '../fixtures/exports/bitwarden.json')

test('a user imports a Bitwarden export, reviews it, and adds five accounts', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Start with my number' }).click()
  await page.getByRole('dialog').getByLabel('Old number').fill('+7 912 345-67-89')
  await page.getByRole('dialog').getByRole('button', { name: 'Save number' }).click()
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()

  await page.getByRole('button', { name: 'Find in a password export' }).click()
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
