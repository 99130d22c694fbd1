import { test, expect } from './web-app'

test('example data shows a banner on every page, and one confirmed action removes it while the user’s own account stays', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const banner = page.getByRole('region', { name: 'Example data.' })
  await expect(page.getByRole('button', { name: 'Try with example data' })).toBeVisible()
  await expect(banner).toHaveCount(0)
  await page.getByRole('button', { name: 'Try with example data' }).click()
  // The message names both figures: 12 accounts, 1 of them not needed (the dashboard's 11).
  // Writing the example and its two files takes a while on a busy machine.
  await expect(
    page.getByText('Example data loaded: 12 accounts (1 of them marked not needed')
  ).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('[data-figure="progress"]')).toContainText('of 11')
  await expect(banner).toBeVisible()

  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(banner).toBeVisible()
  await page.getByRole('button', { name: 'Add account' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Service name').fill('My own bank')
  await dialog.getByRole('button', { name: 'Add account' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('13 of 13 accounts')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/example-banner.png' })

  await banner.getByRole('button', { name: 'Remove example data' }).click()
  const confirm = page.getByRole('dialog').filter({ hasText: 'Remove the example data?' })
  await confirm.getByRole('button', { name: 'Remove example data' }).click()
  await expect(banner).toHaveCount(0)
  await expect(page.getByText('1 of 1 accounts')).toBeVisible()
  await expect(page.getByRole('link', { name: 'My own bank' })).toBeVisible()

  // Still so after a reload: the removal was written.
  await page.reload()
  await expect(page.getByRole('link', { name: 'My own bank' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sber (Sberbank)' })).toHaveCount(0)
  await expect(banner).toHaveCount(0)
})
