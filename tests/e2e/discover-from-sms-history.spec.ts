import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { androidSmsXml, PLANTED_SMS } from '../support/sms-exports'
import { expect, test } from './web-app'

async function withSmsExport(run: (file: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-sms-'))
  try {
    const file = join(dir, 'sms-20251113.xml')
    await writeFile(file, androidSmsXml())
    await run(file)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// Each test starts the app, reads the catalog and the file: minutes on a busy machine.
test.describe.configure({ timeout: 180_000 })

async function startWithNumber(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Start with my number' }).click()
  await page.getByRole('dialog').getByLabel('Old number').fill('+7 912 345-67-89')
  await page.getByRole('dialog').getByRole('button', { name: 'Save number' }).click()
}

test('a user imports an Android SMS backup, sees each service’s evidence, picks people and adds accounts', async ({
  page,
  app
}) => {
  await withSmsExport(async (file) => {
    await startWithNumber(page, app.url)
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()
    await page.getByRole('button', { name: 'Find in a password export' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Choose the export file').setInputFiles(file)
    // The worker reads the catalog first: on a busy machine that takes a while.
    await expect(dialog.getByText('Found 6 services.')).toBeVisible({ timeout: 60_000 })
    await expect(
      dialog.getByText('16 of 18 messages were received by the old number.')
    ).toBeVisible()

    const tbank = dialog.locator('[data-candidate="T-Bank (Tinkoff)"]')
    await expect(tbank).toContainText('sent 3 codes to the old number, last on 12 Nov 2025')
    await expect(tbank).toContainText('from Tinkoff, TINKOFF, Тinkoff')
    await expect(dialog.locator('[data-candidate="Ozon"]')).toContainText(
      'sent 2 messages to the old number, last on 3 Nov 2025'
    )
    await expect(dialog.locator('[data-candidate="WeChat (Weixin, WeChat Pay)"]')).toContainText(
      'sent 1 code to the old number'
    )
    await expect(dialog.locator('[data-person="Мама"]')).toContainText('2 messages')
    await expect(dialog.locator('[data-person="李雷"]')).toBeVisible()
    await expect(dialog.locator('[data-sender="MYCLINIC"]')).toBeVisible()
    for (const planted of [...PLANTED_SMS.codes, ...PLANTED_SMS.bodies])
      await expect(dialog).not.toContainText(planted)

    await dialog.locator('[data-person="Мама"]').getByRole('checkbox').click()
    await dialog.locator('[data-sender="MYCLINIC"]').getByRole('checkbox').click()
    await dialog.locator('[data-candidate="Alipay"]').getByRole('checkbox').click()
    await page.screenshot({
      path: 'test-results/screens/discover-sms-review-en.png',
      fullPage: true
    })
    await dialog.getByRole('button', { name: 'Add: accounts 6, people 1' }).click()
    await expect(dialog).toBeHidden({ timeout: 30_000 })

    for (const name of ['T-Bank (Tinkoff)', 'Gosuslugi', 'Ozon', 'MYCLINIC'])
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Alipay', exact: true })).toHaveCount(0)
    await page.getByRole('link', { name: 'People', exact: true }).click()
    await expect(page.getByText('Мама')).toBeVisible()

    const store = await readFile(join(app.dataDir, 'unlinker.json'), 'utf8')
    expect(store).toContain('Мама')
    // Only the person the user ticked is kept, with their number; nobody else, no text.
    expect(store).toContain(PLANTED_SMS.numbers[0])
    for (const planted of [
      ...PLANTED_SMS.codes,
      ...PLANTED_SMS.bodies,
      ...PLANTED_SMS.numbers.slice(1)
    ])
      expect(store).not.toContain(planted)
    expect(store).not.toContain('李雷')
  })
})

for (const [language, option, accounts, find, evidence] of [
  ['ru', 'Русский', 'Аккаунты', 'Найти в выгрузке паролей', 'прислал 3 кода на старый номер'],
  ['zh-CN', '简体中文', '账户', '从密码导出文件中查找', '向旧号码发送了 3 条验证码']
] as const)
  test(`the SMS review speaks ${language}`, { tag: '@look' }, async ({ page, app }) => {
    await withSmsExport(async (file) => {
      await startWithNumber(page, app.url)
      await page.getByRole('link', { name: 'Settings' }).click()
      await page.getByLabel('Language of the app').first().click()
      await page.locator('.n-base-select-option').getByText(option, { exact: true }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await page.getByRole('link', { name: accounts, exact: true }).click()
      await page.getByRole('button', { name: find }).click()
      const dialog = page.getByRole('dialog')
      await dialog.locator('input[type="file"]').setInputFiles(file)
      await expect(dialog.locator('[data-candidate="T-Bank (Tinkoff)"]')).toContainText(evidence, {
        timeout: 60_000
      })
      await page.screenshot({
        path: `test-results/screens/discover-sms-review-${language}.png`,
        fullPage: true
      })
    })
  })
