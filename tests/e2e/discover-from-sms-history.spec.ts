import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { androidSmsXml, androidSmsXmlOf, PLANTED_SMS } from '../support/sms-exports'
import { expect, startWithNumber, test } from './web-app'

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

test('a user imports an Android SMS backup, sees each service’s evidence, picks people and adds accounts', async ({
  page,
  app
}) => {
  await withSmsExport(async (file) => {
    await page.goto(app.url)
    await startWithNumber(page, '+7 912 345-67-89')
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()
    await page.getByRole('button', { name: 'Find accounts in a file' }).click()
    const dialog = page.getByRole('dialog')
    // The intro says which files work, message backups included.
    await expect(dialog).toContainText('SMS Backup & Restore (.xml)')
    await expect(dialog).toContainText('sms.db from an unencrypted computer backup')
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
    // An unknown sender is added under the name the user gives it.
    await dialog.getByLabel('Name for MYCLINIC').fill('My clinic')
    await dialog.locator('[data-candidate="Alipay"]').getByRole('checkbox').click()
    await page.screenshot({
      path: 'test-results/screens/discover-sms-review-en.png',
      fullPage: true
    })
    await dialog.getByRole('button', { name: 'Add: accounts 6, people 1' }).click()
    await expect(dialog).toBeHidden({ timeout: 30_000 })
    await expect(page.getByText('Added: accounts 6, people 1')).toBeVisible()

    for (const name of ['T-Bank (Tinkoff)', 'Gosuslugi', 'Ozon', 'My clinic'])
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: 'MYCLINIC', exact: true })).toHaveCount(0)
    // One message said what was added, people included; the list, now reloaded, adds none.
    expect(await page.getByText('Added 6 accounts').count()).toBe(0)
    await expect(page.getByRole('link', { name: 'Alipay', exact: true })).toHaveCount(0)

    // Each account shows what the messages showed of it.
    await page.getByRole('link', { name: 'T-Bank (Tinkoff)', exact: true }).click()
    await expect(page.locator('[data-evidence="sms"]')).toHaveText(
      'sent 3 codes to the old number, last on Nov 12, 2025 · first on Oct 13, 2025 · from Tinkoff, TINKOFF, Тinkoff'
    )
    await expect(page.locator('[data-risk]')).toHaveText('Critical')
    await page.screenshot({ path: 'test-results/screens/account-evidence-en.png', fullPage: true })
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()
    await page.getByRole('link', { name: 'My clinic', exact: true }).click()
    await expect(page.locator('[data-evidence="sms"]')).toHaveText(
      'sent 1 message to the old number, last on Nov 11, 2025 · from MYCLINIC'
    )
    // Notices alone: the number gets its messages, nobody can take the account over.
    await expect(page.locator('[data-risk]')).toHaveText('Medium')
    await page.getByRole('link', { name: 'People', exact: true }).click()
    await expect(page.getByText('Мама')).toBeVisible()

    // Alipay, added by hand since, and the rest are in the list when the same backup is
    // read again: what it shows of them is kept with them, counted once.
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()
    await page.getByRole('button', { name: 'Add account' }).first().click()
    await dialog.getByLabel('Service name').fill('Alipay')
    await dialog.getByRole('button', { name: 'Add account' }).click()
    await expect(page.getByRole('link', { name: 'Alipay', exact: true })).toBeVisible()
    await page.getByRole('button', { name: 'Find accounts in a file' }).click()
    await dialog.getByLabel('Choose the export file').setInputFiles(file)
    await expect(dialog.locator('[data-tracked-evidence]')).toHaveText(
      'What the file shows of 6 accounts already in your list is kept with them.',
      { timeout: 60_000 }
    )
    await dialog.getByRole('button', { name: 'Keep what was found' }).click()
    await expect(dialog).toBeHidden({ timeout: 30_000 })
    await expect(
      page.getByText('Kept what the file shows of 6 accounts in your list.')
    ).toBeVisible()
    await page.getByRole('link', { name: 'Alipay', exact: true }).click()
    await expect(page.locator('[data-evidence="sms"]')).toHaveText(
      'sent 1 message to the old number, last on Oct 28, 2025 · from 10690000999'
    )
    // Alipay's evidence shows once the list is reloaded, which is when the accounts page
    // would have said it added none.
    // Counted at once, not waited for: a toast goes away by itself after a few seconds.
    expect(await page.getByText('Added 0 accounts').count()).toBe(0)
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()
    await page.getByRole('link', { name: 'T-Bank (Tinkoff)', exact: true }).click()
    await expect(page.locator('[data-evidence="sms"]')).toHaveText(
      'sent 3 codes to the old number, last on Nov 12, 2025 · first on Oct 13, 2025 · from Tinkoff, TINKOFF, Тinkoff'
    )

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

    // Tencent signs for WeChat and QQ alike: a code that names neither is asked about.
    const tencent = join(dirname(file), 'sms-tencent.xml')
    await writeFile(
      tencent,
      androidSmsXmlOf([['1069070069', '【腾讯科技】验证码 771905，10分钟内有效。']])
    )
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()
    await page.getByRole('button', { name: 'Find accounts in a file' }).click()
    await dialog.getByLabel('Choose the export file').setInputFiles(tencent)
    const shared = dialog.locator('[data-sender="1069070069 【腾讯科技】"]')
    await expect(shared).toContainText('sent 1 code to the old number', { timeout: 60_000 })
    await shared.getByRole('checkbox').click()
    await expect(shared).toContainText(
      'This sender writes for QQ · WeChat (Weixin, WeChat Pay); its messages did not say which.'
    )
    await shared.getByText('QQ', { exact: true }).click()
    await expect(shared.getByRole('radio', { name: 'QQ', exact: true })).toBeChecked()
    await expect(shared.getByRole('textbox')).toHaveCount(0)
    await page.screenshot({ path: 'test-results/screens/discover-sms-shared-sender-en.png' })
    await dialog.getByRole('button', { name: 'Add: accounts 1, people 0' }).click()
    await expect(dialog).toBeHidden({ timeout: 30_000 })
    await page.getByRole('link', { name: 'QQ', exact: true }).click()
    await expect(page.locator('[data-evidence="sms"]')).toHaveText(
      'sent 1 code to the old number, last on Nov 12, 2025 · from 1069070069 【腾讯科技】'
    )
  })
})

for (const [language, option, accounts, find, evidence, add, tbank, detail] of [
  [
    'ru',
    'Русский',
    'Аккаунты',
    'Найти аккаунты в файле',
    'прислал 3 кода на старый номер',
    'Добавить: аккаунтов — 6, людей — 0',
    'Т-Банк',
    'прислал 3 кода на старый номер, последний — 12 нояб. 2025 г. · первое — 13 окт. 2025 г. · от Tinkoff, TINKOFF, Тinkoff'
  ],
  [
    'zh-CN',
    '简体中文',
    '账户',
    '从文件中查找账户',
    '向旧号码发送了 3 条验证码',
    '添加：账户 6 个，联系人 0 位',
    'T-Bank (Tinkoff)',
    '向旧号码发送了 3 条验证码，最近一次在 2025年11月12日 · 最早一次在 2025年10月13日 · 发件人：Tinkoff, TINKOFF, Тinkoff'
  ]
] as const)
  test(`the SMS review speaks ${language}`, { tag: '@look' }, async ({ page, app }) => {
    await withSmsExport(async (file) => {
      await page.goto(app.url)
      await startWithNumber(page, '+7 912 345-67-89')
      await page.getByRole('link', { name: 'Settings' }).click()
      await page.getByLabel('Language of the app').first().click()
      await page.locator('.n-base-select-option').getByText(option, { exact: true }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await page.getByRole('link', { name: accounts, exact: true }).click()
      await page.getByRole('button', { name: find }).click()
      const dialog = page.getByRole('dialog')
      await expect(dialog).toContainText(find)
      await expect(dialog).toContainText('sms.db')
      await page.screenshot({
        path: `test-results/screens/discover-dialog-${language}.png`,
        fullPage: true
      })
      await dialog.locator('input[type="file"]').setInputFiles(file)
      await expect(dialog.locator('[data-candidate="T-Bank (Tinkoff)"]')).toContainText(evidence, {
        timeout: 60_000
      })
      await page.screenshot({
        path: `test-results/screens/discover-sms-review-${language}.png`,
        fullPage: true
      })
      await dialog.getByRole('button', { name: add }).click()
      await expect(dialog).toBeHidden({ timeout: 30_000 })
      await page.getByRole('link', { name: tbank, exact: true }).click()
      await expect(page.locator('[data-evidence="sms"]')).toHaveText(detail)
      await page.screenshot({
        path: `test-results/screens/account-evidence-${language}.png`,
        fullPage: true
      })
    })
  })
