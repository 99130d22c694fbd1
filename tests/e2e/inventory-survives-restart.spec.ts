import { bigStore } from '../../bench/big-store'
import { test, expect } from './web-app'

// A restart of the program itself, stopped by Ctrl-C as a user stops it.
test.use({ serveAsProcess: true })

test('an inventory survives a page reload and a server restart', async ({ page, app }) => {
  // Two server starts, a reload and a dozen screens: over a minute on a busy machine.
  test.setTimeout(150_000)
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(page.getByText('No accounts yet')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/accounts-empty.png', animations: 'disabled' })

  const add = async (name: string, category: string): Promise<void> => {
    await page.getByRole('button', { name: 'Add account' }).first().click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Service name').fill(name)
    await dialog.getByLabel('Category', { exact: true }).first().click()
    await page.keyboard.type(category)
    await page.keyboard.press('Enter')
    await expect(dialog.getByLabel('Category', { exact: true }).first()).toContainText(category)
    await dialog.getByLabel('SMS codes (2FA)', { exact: false }).check()
    await dialog.getByRole('button', { name: 'Add account' }).click()
    await expect(dialog).toBeHidden()
  }
  await page.getByRole('button', { name: 'Add your first account' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  await add('Sber', 'Bank')
  await add('Gosuslugi', 'Government')
  await add('Telegram', 'Messenger')
  await expect(page.getByText('3 of 3 accounts')).toBeVisible()

  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('gosu')
  await expect(page.getByText('1 of 3 accounts')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Gosuslugi' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sber' })).toBeHidden()
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('')

  const sberRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Sber' }) })
  await sberRow.getByRole('button', { name: 'Mark unlinked' }).click()
  await expect(sberRow.getByText('Unlinked')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/accounts-list.png', animations: 'disabled' })

  const expectInventory = async (): Promise<void> => {
    await expect(page.getByText('3 of 3 accounts')).toBeVisible()
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Sber' }) })
    await expect(row.getByText('Unlinked')).toBeVisible()
    await expect(row.getByRole('button', { name: 'Mark unlinked' })).toHaveCount(0)
    for (const name of ['Gosuslugi', 'Telegram']) {
      const other = page.getByRole('row').filter({ has: page.getByRole('link', { name }) })
      await expect(other.getByText('To do')).toBeVisible()
    }
  }

  await page.reload()
  await expectInventory()

  expect(await app.stop()).toBe(0)
  const url = await app.start()
  await page.goto(url)
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expectInventory()

  await page.getByRole('link', { name: 'Sber' }).click()
  await expect(page.getByRole('heading', { name: 'Sber' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/account-detail.png', animations: 'disabled' })
})

test('a store truncated on disk opens the recovery screen, and a good copy brings the data back', async ({
  page,
  app
}) => {
  const { writeFile, readFile, readdir } = await import('node:fs/promises')
  const { join } = await import('node:path')
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await page.getByRole('button', { name: 'Add your first account' }).click()
  await page.getByRole('dialog').getByLabel('Service name').fill('VK')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('link', { name: 'VK' })).toBeVisible()
  await app.stop()

  const store = join(app.dataDir, 'unlinker.json')
  const text = await readFile(store, 'utf8')
  const truncated = text.slice(0, text.length - 40)
  await writeFile(store, truncated)
  await page.goto(await app.start())

  const screen = page.getByRole('alert').filter({ hasText: 'Your data file could not be read' })
  await expect(screen).toBeVisible()
  await expect(screen.getByText(store, { exact: true })).toBeVisible()
  await expect(screen.getByText('not complete JSON')).toBeVisible()
  await page.screenshot({
    path: 'test-results/screens/recovery.png',
    fullPage: true,
    animations: 'disabled'
  })
  // Nothing is touched while the user reads.
  expect(await readFile(store, 'utf8')).toBe(truncated)

  await page.getByRole('button', { name: 'Restore this copy' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible()
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(page.getByRole('link', { name: 'VK' })).toBeVisible()
  const kept = (await readdir(app.dataDir)).find((f) => f.startsWith('unlinker.unreadable-'))
  expect(kept).toBeDefined()
  await expect(page.getByText(join(app.dataDir, kept!))).toBeVisible()
  expect(await readFile(join(app.dataDir, kept!), 'utf8')).toBe(truncated)
  await page.screenshot({ path: 'test-results/screens/recovered.png', animations: 'disabled' })
})

test('a lost history file costs only its events: the app opens, says which file, and shows the rest', async ({
  page,
  app
}) => {
  const { writeFile, readdir, rm } = await import('node:fs/promises')
  const { join } = await import('node:path')
  await app.stop()
  // 40 accounts and 3,000 events: the first start moves the older events to a segment.
  await writeFile(join(app.dataDir, 'unlinker.json'), JSON.stringify(bigStore(40, 3000)))
  await app.start()
  await app.stop()
  const [segment] = await readdir(join(app.dataDir, 'history'))
  await rm(join(app.dataDir, 'history', segment!))
  await page.goto(await app.start())

  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'Part of the history could not be read' })
  await expect(notice).toBeVisible()
  await expect(notice.getByText(join(app.dataDir, 'history', segment!))).toBeVisible()
  await expect(notice.getByText('the file is missing')).toBeVisible()
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(page.getByText('40 of 40 accounts')).toBeVisible()
  await page.getByRole('link', { name: 'Activity' }).click()
  await expect(page.locator('.timeline > .event').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/history-lost.png', animations: 'disabled' })
})
