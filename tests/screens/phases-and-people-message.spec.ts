import { seedPhaseFolder, type SeededPhase } from '../support/phase-seed'
import { expect, test } from '../e2e/web-app'

const LANGUAGES = ['en', 'ru', 'zh-CN'] as const
const PHASES: SeededPhase[] = ['planning', 'cancelled', 'possiblyReassigned', 'empty', 'finished']

// The dashboard in each phase and the People page's message, in each language, 1280×800.
for (const phase of PHASES) {
  test(`dashboard, ${phase}, in every language`, async ({ page, app }) => {
    await app.stop()
    seedPhaseFolder(app.dataDir, phase)
    const url = await app.start()
    for (const language of LANGUAGES) {
      await page.addInitScript((lang) => localStorage.setItem('unlinker.locale', lang), language)
      await page.goto(url)
      await expect(page.locator('.banner')).toBeVisible()
      // Main has answered: the card shows the reminders, not its waiting state.
      await expect(page.locator('[data-card="reminders"][aria-busy="false"]')).toBeVisible()
      await page.screenshot({
        path: `screenshots/phase-${phase}-${language}.png`,
        animations: 'disabled'
      })
      if (phase !== 'empty' && phase !== 'finished') {
        await page.locator('a[href="#/people"]').first().click()
        await expect(page.locator('[data-card="people-message"]')).toBeVisible()
        await page.screenshot({
          path: `screenshots/people-message-${phase}-${language}.png`,
          animations: 'disabled'
        })
      }
    }
  })
}
