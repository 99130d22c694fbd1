import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bigStore } from '../../bench/big-store'
import { STORE_FILE } from '../../src/core/store/open-store'
import { expect, test } from './web-app'

test('a long inventory draws only what is on screen, and every account stays reachable', async ({
  page,
  app
}) => {
  await app.stop()
  // 5,000 events: more than the store keeps itself, so the older ones move to a segment.
  await writeFile(join(app.dataDir, STORE_FILE), JSON.stringify(bigStore(3000, 5000)))
  const url = await app.start()
  await page.goto(url)
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(page.getByText('3000 of 3000 accounts')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Service 0', exact: true })).toBeVisible()

  // The first account's two events are among the older ones, read when its page opens.
  await page.getByRole('link', { name: 'Service 0', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Service 0', exact: true })).toBeVisible()
  await expect(page.locator('.timeline > .event')).toHaveCount(2)
  await expect(page.locator('.timeline').getByText('Status: To do → In progress')).toHaveCount(2)
  await page.goBack()
  await expect(page.getByText('3000 of 3000 accounts')).toBeVisible()

  // Thousands of accounts, a few dozen rows in the page.
  const rows = page.locator('tbody tr:not(.spacer)')
  expect(await rows.count()).toBeLessThan(50)

  // Scrolled to the very end, the last account is there.
  await page.locator('.viewport').evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(page.getByRole('link', { name: 'Service 2999', exact: true })).toBeVisible()
  expect(await rows.count()).toBeLessThan(50)

  // A search reaches any account and starts its results at the top.
  const search = page.getByRole('searchbox', { name: 'Search accounts' })
  await search.fill('service 1234')
  await expect(page.getByText('1 of 3000 accounts')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Service 1234', exact: true })).toBeVisible()

  // "Select all shown" takes the search's results, not the whole list.
  await search.fill('service 12')
  await expect(page.getByText('111 of 3000 accounts')).toBeVisible()
  await page.getByRole('checkbox', { name: 'Select all shown' }).check()
  await page.getByRole('button', { name: 'Mark 111 selected unlinked' }).click()
  await expect(page.getByText('Marked 111 accounts unlinked')).toBeVisible()
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
  await expect(page.locator('[data-figure="progress"]')).toHaveText('111 of 3000')
})
