import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './web-app'

test('a user turns on encryption, locks, mistypes, unlocks, and is warned before an unencrypted export', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Try with example data' }).click()
  await expect(page.locator('[data-figure="progress"]')).toHaveText('4 of 11')

  await page.getByRole('link', { name: 'Settings' }).click()
  const card = page.locator('[data-encryption]')
  await card.getByRole('button', { name: 'Turn on encryption' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('New passphrase').fill('blue kettle orbit')
  await dialog.getByLabel('Repeat it').fill('blue kettle orbot')
  await expect(dialog.getByText('The two do not match.')).toBeVisible()
  await dialog.getByLabel('Repeat it').fill('blue kettle orbit')
  await page.screenshot({
    path: 'test-results/screens/encryption-enable.png',
    animations: 'disabled'
  })
  await dialog.getByRole('button', { name: 'Turn on encryption' }).click()
  await expect(card.getByText('Encryption is on', { exact: true })).toBeVisible()
  const store = await readFile(join(app.dataDir, 'unlinker.json'))
  expect(store.subarray(0, 8).toString()).toBe('ULNKSEAL')

  await card.getByRole('button', { name: 'Lock now' }).click()
  await expect(page.getByText('Unlinker is locked')).toBeVisible()
  await page.getByLabel('Passphrase').fill('blue kettle')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toContainText('not the right one')
  await page.screenshot({ path: 'test-results/screens/lock-screen.png', animations: 'disabled' })
  await page.getByLabel('Passphrase').fill('blue kettle orbit')
  await page.keyboard.press('Enter')
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.locator('[data-figure="progress"]')).toHaveText('4 of 11')

  // A restart opens locked too.
  await app.stop()
  await page.goto(await app.start())
  await expect(page.getByText('Unlinker is locked')).toBeVisible()
  await page.getByLabel('Passphrase').fill('blue kettle orbit')
  await page.getByRole('button', { name: 'Unlock' }).click()

  await page.getByRole('link', { name: 'Proofs & archive' }).click()
  await page.getByRole('button', { name: 'Export archive' }).click()
  await expect(page.getByText('This archive will not be encrypted')).toBeVisible()
  await page.getByRole('button', { name: 'Export unencrypted' }).click()
  await expect(page.locator('[data-verify="intact"]')).toContainText('All 6 files match')
})
