import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Account } from '../../src/shared/domain/account'
import type { CaseView } from '../../src/shared/domain/case'
import { CN, RU, twoSimBackup } from '../support/two-numbers'
import { callFromPage, expect, test } from '../e2e/web-app'

const LANGUAGES = ['en', 'ru', 'zh-CN'] as const

/**
 * A folder with a Russian number (cancellation planned) and a Chinese one (cancelled last
 * year): accounts on each, one listed twice, people on each.
 */
async function seed(page: Page): Promise<{ ru: CaseView; cn: CaseView }> {
  const cn = await callFromPage<CaseView>(page, 'createCase', { ...CN })
  const ru = await callFromPage<CaseView>(page, 'createCase', { ...RU })
  await callFromPage(page, 'addFromCatalog', {
    caseId: ru.id,
    catalogIds: ['gosuslugi', 't-bank', 'sber', 'vk', 'ozon', 'telegram', 'yandex-id']
  })
  await callFromPage(page, 'addFromCatalog', {
    caseId: cn.id,
    catalogIds: ['wechat', 'alipay', '12306', 'taobao', 'telegram']
  })
  await callFromPage(page, 'createAccount', {
    name: 'VK',
    catalogId: 'vk',
    category: 'social',
    caseId: ru.id
  })
  const accounts = await callFromPage<Account[]>(page, 'listAccounts', {})
  const done = accounts.filter((a) => ['alipay', '12306', 'vk'].includes(a.catalogId ?? ''))
  await callFromPage(page, 'setAccountStatus', {
    ids: done.slice(0, 3).map((a) => a.id),
    status: 'unlinked'
  })
  for (const [name, caseId] of [
    ['Маша', ru.id],
    ['Landlord', ru.id],
    ['李雷', cn.id],
    ['Маша', cn.id]
  ] as const)
    await callFromPage(page, 'createPerson', { name, caseId })
  return { ru, cn }
}

/** Picks an option of the only menu open (one still fading out would offer it twice). */
async function chooseNth(page: Page, index: number): Promise<void> {
  const menu = page.locator('.n-base-select-menu').filter({ visible: true })
  await expect(menu).toHaveCount(1)
  await menu.locator('.n-base-select-option').nth(index).click()
}

// Accounts, the import dialog with a two-SIM backup, People and the dashboard, with two
// numbers, in each language.
test('several numbers: accounts, the two-SIM import, people and the dashboard, in every language', async ({
  page,
  app
}) => {
  test.setTimeout(300_000)
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-screens-'))
  try {
    const backup = join(dir, 'sms-20251202.xml')
    await writeFile(backup, twoSimBackup())
    await page.goto(app.url)
    const { ru } = await seed(page)
    for (const language of LANGUAGES) {
      await page.evaluate(
        ([lang, id]) => {
          localStorage.setItem('unlinker.locale', lang)
          localStorage.setItem('unlinker.case', id)
        },
        [language, ru.id] as const
      )
      await page.setViewportSize({ width: 1280, height: 800 })
      await page.goto(`${new URL(app.url).origin}/#/accounts`)
      await expect(page.locator('[data-column="number"]')).toBeVisible()
      await expect(page.locator('[data-duplicates]')).toBeVisible()
      const boxes = page.locator('tbody input[type="checkbox"]')
      await boxes.nth(1).check()
      await boxes.nth(2).check()
      await expect(page.locator('[data-toolbar="selection"]')).toBeVisible()
      await page.screenshot({ path: `screenshots/numbers-accounts-${language}.png` })

      await boxes.nth(1).uncheck()
      await boxes.nth(2).uncheck()
      await page.setViewportSize({ width: 1280, height: 1000 })
      await page.locator('.page-header button').first().click()
      const dialog = page.getByRole('dialog')
      await dialog.locator('input[type="file"]').setInputFiles(backup)
      const sims = dialog.locator('[data-sims]')
      await expect(sims).toBeVisible({ timeout: 60_000 })
      await page.screenshot({ path: `screenshots/numbers-import-sims-asked-${language}.png` })
      await sims.locator('[data-sim="1"] .n-select').click()
      await chooseNth(page, 1)
      await sims.locator('[data-sim="2"] .n-select').click()
      await chooseNth(page, 0)
      await expect(dialog.locator('[data-waiting]')).toHaveCount(0)
      await page.screenshot({ path: `screenshots/numbers-import-sims-${language}.png` })
      await dialog.locator('.n-card-header__close').click()
      await expect(dialog).toBeHidden()

      await page.setViewportSize({ width: 1280, height: 800 })
      await page.locator('a[href="#/people"]').first().click()
      await expect(page.locator('[data-people-of]')).toHaveCount(2)
      await page.screenshot({ path: `screenshots/numbers-people-${language}.png` })

      await page.locator('a[href="#/dashboard"]').first().click()
      await expect(page.locator('[data-card="numbers-overview"]')).toBeVisible()
      await expect(page.locator('[data-card="reminders"][aria-busy="false"]')).toBeVisible()
      await page.screenshot({ path: `screenshots/numbers-dashboard-${language}.png` })
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
