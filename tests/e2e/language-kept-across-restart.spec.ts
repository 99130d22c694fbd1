import { test, expect } from './web-app'

// A restart of the program itself: what the language survives is a new process.
test.use({ serveAsProcess: true })

test('the language chosen in Settings is kept in the data folder: a restart on another port opens in it', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Language of the app').first().click()
  await page.locator('.n-base-select-option').getByText('Русский', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible()
  await page.getByLabel('Цвета').first().click()
  await page.locator('.n-base-select-option').getByText('Тёмные', { exact: true }).click()
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark')
  const firstPort = new URL(app.url).port

  expect(await app.stop()).toBe(0)
  let url = await app.start()
  // The port is the system's choice; another start until it differs, as it usually does.
  for (let tries = 0; new URL(url).port === firstPort && tries < 5; tries++) {
    await app.stop()
    url = await app.start()
  }
  expect(new URL(url).port).not.toBe(firstPort)
  // A new origin, whose storage holds nothing the window kept for the old port.
  await page.goto(url)
  await expect(page.getByRole('link', { name: 'Настройки' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark')
  await page.getByRole('link', { name: 'Настройки' }).click()
  await expect(page.getByLabel('Язык приложения').first()).toContainText('Русский')
})
