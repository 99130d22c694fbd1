import { expect, test } from '../e2e/web-app'

const LANGUAGES = ['en', 'ru', 'zh-CN'] as const
const THEMES = ['light', 'dark'] as const

/** The window sizes every screen is looked at in: a common laptop and a small one. */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 }
] as const

/**
 * `npm run screenshots`: every screen at 1280×800 and 1024×768 in every language and
 * theme, written to screenshots/<language>-<theme>-<width>-<screen>.png for a person to
 * look at. One app per language and theme; each screen is resized in place, not reopened.
 */
for (const language of LANGUAGES)
  for (const theme of THEMES)
    test(`${language} ${theme}`, async ({ page, app }) => {
      // Fifteen screens at two sizes: more than the default minute on a busy machine.
      test.setTimeout(240_000)
      const shot = async (screen: string): Promise<void> => {
        for (const size of SIZES) {
          await page.setViewportSize(size)
          // One frame for the layout to follow the new width.
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
          await page.screenshot({
            path: `screenshots/${language}-${theme}-${size.width}-${screen}.png`,
            animations: 'disabled'
          })
        }
        await page.setViewportSize(SIZES[0])
      }
      await page.addInitScript((lang) => localStorage.setItem('unlinker.locale', lang), language)
      await page.emulateMedia({ colorScheme: theme })
      await page.goto(app.url)
      await page.locator('.welcome').waitFor()
      await shot('welcome')
      await page.locator('.welcome button').nth(1).click()
      await page.locator('[data-figure="progress"]').waitFor()
      await page.waitForTimeout(3500) // the "example loaded" toast fades
      await shot('dashboard')
      for (const [path, screen] of [
        ['#/accounts', 'accounts'],
        ['#/cancellation', 'cancellation'],
        ['#/people', 'people'],
        ['#/archive', 'archive'],
        ['#/archive/report', 'report'],
        ['#/activity', 'activity'],
        ['#/settings', 'settings']
      ] as const) {
        // The next page's heading, not the last one's: its chunk may load slowly.
        const before = await page.locator('.page h1').first().textContent()
        await page.goto(new URL(path, app.url.replace(/\?.*$/, '')).href)
        await expect(page.locator('.page h1').first()).not.toHaveText(before ?? '', {
          timeout: 15_000
        })
        await page.waitForTimeout(300)
        await shot(screen)
      }
      await page.goto(new URL('#/accounts', app.url.replace(/\?.*$/, '')).href)
      await page.locator('td a').first().click()
      await page.locator('[data-proofs]').waitFor()
      await shot('account')
      await page.locator('.page-header button').first().click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await page.waitForTimeout(300)
      await shot('account-form')
      await page.keyboard.press('Escape')
      await page.goto(new URL('#/accounts', app.url.replace(/\?.*$/, '')).href)
      await page.locator('.page-header button').first().click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await page.waitForTimeout(300)
      await shot('discover')
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toBeHidden()
      await page.locator('.page-header button').nth(1).click()
      // The catalog is read on first use: slow on a busy machine.
      await expect(page.getByRole('dialog').getByRole('listbox')).toBeVisible({ timeout: 20_000 })
      await page.waitForTimeout(300)
      await shot('catalog')
      // A search in the picker, then an entry with links added from it with the keyboard:
      // arrow down into the results, Enter adds the row.
      const picker = page.getByRole('dialog')
      await picker.getByRole('searchbox').fill('bank')
      await page.waitForTimeout(500)
      await expect(picker.locator('[role="option"][data-entry]').first()).toBeVisible()
      await shot('catalog-search')
      await picker.getByRole('searchbox').fill('adobe')
      await expect(picker.locator('[data-entry="adobe-com"]')).toBeVisible()
      await picker.getByRole('searchbox').press('ArrowDown')
      await page.keyboard.press('Enter')
      await expect(picker).toBeHidden({ timeout: 15_000 })
      await page.getByRole('link', { name: 'Adobe', exact: true }).click()
      // The links sit below the guidance: scrolled into view, or the picture misses them.
      await page.locator('[data-service-links]').scrollIntoViewIfNeeded()
      await page.waitForTimeout(300)
      await shot('account-links')
      await page.goto(new URL('#/dashboard', app.url.replace(/\?.*$/, '')).href)
      await page.locator('[data-figure="progress"]').waitFor()
      await page.locator('.page-header button').first().click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await page.waitForTimeout(300)
      await shot('case-form')
    })
