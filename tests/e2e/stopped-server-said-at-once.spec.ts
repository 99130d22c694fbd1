import { expect, test, callFromPage } from './web-app'

const SAID = {
  en: 'The app has stopped answering',
  ru: 'Приложение перестало отвечать',
  'zh-CN': '应用已停止响应'
} as const

test('a stopped server is said at once, whatever the user clicks, in each language', async ({
  page,
  app
}) => {
  let url = app.url
  for (const [language, title] of Object.entries(SAID)) {
    await page.goto(`${url}#/dashboard`)
    await callFromPage(page, 'setPreferences', { language })
    await page.reload()
    const nav = page.getByRole('navigation')
    await expect(nav.locator('a').first()).toBeVisible()
    await app.stop()

    // A page whose code was never loaded: before, the click came to nothing in silence.
    await nav.locator('a[href="#/activity"]').click()
    const alert = page.locator('[data-server-gone]')
    await expect(alert).toBeVisible()
    await expect(alert).toContainText(title)
    await page.screenshot({ path: `test-results/screens/server-gone-${language}.png` })
    // A page already loaded: its data cannot come, and the same words stay.
    await nav.locator('a[href="#/dashboard"]').click()
    await expect(alert).toBeVisible()
    url = await app.start()
  }
})
