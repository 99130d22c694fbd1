import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Account } from '../../src/shared/domain/account'
import type { CaseView } from '../../src/shared/domain/case'
import type { Person } from '../../src/shared/domain/person'
import { duplicateGroups } from '../../src/shared/domain/same-service'
import {
  BACKUP_CODES,
  CN,
  EXPORT_NUMBERS,
  RU,
  twoNumberExport,
  twoSimBackup
} from '../support/two-numbers'
import { callFromPage, expect, test } from './web-app'

// One story, start to end: reading two files, in a browser, on a busy machine.
test.describe.configure({ timeout: 200_000 })

/**
 * Picks an option of the open select (Naive draws its own menu), once it is the only
 * menu shown: one still fading out would offer the same option twice.
 */
async function choose(page: Page, text: string): Promise<void> {
  const menu = page.locator('.n-base-select-menu').filter({ visible: true })
  await expect(menu).toHaveCount(1)
  await menu.locator('.n-base-select-option').getByText(text, { exact: true }).click()
}

/** Where each account is, by catalog id (or name), as the numbers' E.164. */
async function where(page: Page): Promise<Record<string, string[]>> {
  const cases = await callFromPage<CaseView[]>(page, 'listCases', {})
  const number = new Map(cases.map((c) => [c.id, c.number ?? '']))
  const accounts = await callFromPage<Account[]>(page, 'listAccounts', {})
  const found: Record<string, string[]> = {}
  for (const a of accounts) (found[a.catalogId ?? a.name] ??= []).push(number.get(a.caseId)!)
  for (const list of Object.values(found)) list.sort()
  return found
}

test('a student with a Russian and a Chinese number imports her passwords and her dual-SIM backup: every account lands on its own number', async ({
  page,
  app
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-two-numbers-'))
  try {
    const exportFile = join(dir, 'bitwarden_export.csv')
    const backupFile = join(dir, 'sms-20251202.xml')
    await writeFile(exportFile, twoNumberExport())
    await writeFile(backupFile, twoSimBackup())
    await page.goto(app.url)
    // Her two numbers: the Russian one selected, as the app does after adding it last.
    await callFromPage(page, 'createCase', { ...CN })
    const ru = await callFromPage<CaseView>(page, 'createCase', { ...RU })
    await page.evaluate((id) => localStorage.setItem('unlinker.case', id), ru.id)
    await page.reload()
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()

    // The password export: each login goes to the number it spells, in any spelling.
    await page.getByRole('button', { name: 'Find accounts in a file' }).click()
    const dialog = page.getByRole('dialog')
    // The number for what the file does not tie to one: the selected one, shown.
    await expect(dialog.locator('[data-question="number"]')).toContainText(
      '+7 937 123 45 67 · MegaFon'
    )
    await dialog.getByLabel('Choose the export file').setInputFiles(exportFile)
    await expect(dialog.getByText(/^Found \d+ services\./)).toBeVisible({ timeout: 60_000 })
    const row = (name: string) => dialog.locator(`[data-candidate="${name}"]`)
    await expect(row('Taobao')).toContainText('+86 139 1234 5678')
    await expect(row('Taobao')).toContainText('logs in with this number')
    await expect(row('China Railway 12306')).toContainText('+86 139 1234 5678')
    await expect(row('Gosuslugi')).toContainText('+7 937 123 45 67')
    await expect(row('Gosuslugi')).toContainText('logs in with this number')
    // Telegram is saved once per number: one account each, and the preview says why.
    await expect(row('Telegram')).toHaveCount(2)
    await expect(row('Telegram').first()).toContainText('one account for each number')
    // One digit off: no number of hers, so it goes to the chosen one, with no login flag.
    await expect(row('Ozon')).toContainText('+7 937 123 45 67')
    await expect(row('Ozon')).not.toContainText('logs in with')
    // Already moved to the new Chinese number: shown, never evidence, not ticked.
    await expect(row('Douyin')).toContainText('already on the new number')
    await expect(row('Douyin').getByRole('checkbox')).not.toBeChecked()
    await expect(dialog).not.toContainText('PLANTED')
    await dialog.getByRole('button', { name: /^Add \d+ accounts$/ }).click()
    await expect(dialog).toBeHidden({ timeout: 30_000 })

    let placed = await where(page)
    for (const [id, number] of Object.entries(EXPORT_NUMBERS)) {
      if (id === 'douyin') continue
      expect([id, placed[id]]).toEqual([id, [number ?? RU.e164]])
    }
    expect(placed.telegram).toEqual([RU.e164, CN.e164].sort())
    expect(placed.douyin).toBeUndefined()

    // With two numbers the list has a number column and a number filter.
    await expect(page.locator('[data-column="number"]')).toBeVisible()
    await page.locator('[data-filter="number"]').click()
    await choose(page, '+86 139 1234 5678 · China Mobile')
    await page.keyboard.press('Escape')
    await expect(page.getByText('6 of 17 accounts')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Gosuslugi', exact: true })).toHaveCount(0)
    await page.locator('[data-filter="number"]').click()
    await choose(page, '+86 139 1234 5678 · China Mobile')
    await page.keyboard.press('Escape')
    await expect(page.getByText('17 of 17 accounts')).toBeVisible()

    // The two-SIM backup: nothing can be added until each SIM is said to be a number.
    await page.getByRole('button', { name: 'Find accounts in a file' }).click()
    await dialog.getByLabel('Choose the export file').setInputFiles(backupFile)
    const sims = dialog.locator('[data-sims]')
    await expect(sims).toBeVisible({ timeout: 60_000 })
    await expect(sims.locator('[data-sim="1"]')).toContainText('7 messages')
    await expect(sims.locator('[data-sim="1"]')).toContainText('Gosuslugi')
    await expect(sims.locator('[data-sim="2"]')).toContainText('4 messages')
    await expect(sims).not.toContainText('+79031112233')
    await expect(dialog.getByText('Say which number each SIM was first.')).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/two-sims-asked.png' })
    await sims.locator('[data-sim="1"]').getByLabel('Which number was SIM 1').click()
    await choose(page, '+7 937 123 45 67 · MegaFon')
    await sims.locator('[data-sim="2"]').getByLabel('Which number was SIM 2').click()
    await choose(page, '+86 139 1234 5678 · China Mobile')
    // T-Bank wrote to both SIMs: its Russian account is listed already and only gains
    // the messages; on the Chinese number it is new.
    const tbank = dialog.locator('[data-candidate="T-Bank (Tinkoff)"]')
    await expect(tbank).toHaveCount(2)
    await expect(tbank.filter({ hasText: 'already in your list' })).toContainText(
      '+7 937 123 45 67'
    )
    await expect(tbank.filter({ hasText: 'already in your list' })).toHaveCount(1)
    // The short code 3443 is named as a catalog service: it is added as that service, and
    // would join its account were it listed.
    const sender = dialog.locator('[data-sender="3443"]')
    await sender.getByRole('checkbox').click()
    await sender.getByLabel('Catalog service for 3443').first().click()
    await page.keyboard.type('Sber')
    await choose(page, 'Sber (Sberbank)')
    for (const code of BACKUP_CODES) await expect(dialog).not.toContainText(code)
    await page.screenshot({ path: 'test-results/screens/two-sims-answered.png' })
    await dialog.getByRole('button', { name: /^Add: accounts \d+, people 0$/ }).click()
    await expect(dialog).toBeHidden({ timeout: 30_000 })

    placed = await where(page)
    expect(placed['t-bank']).toEqual([RU.e164, CN.e164].sort())
    expect(placed.sber).toEqual([RU.e164])
    expect(placed.alipay).toEqual([CN.e164])
    const accounts = await callFromPage<Account[]>(page, 'listAccounts', {})
    const cases = await callFromPage<CaseView[]>(page, 'listCases', {})
    const numberOf = new Map(cases.map((c) => [c.id, c.number]))
    // No duplicate on any number.
    expect(duplicateGroups(accounts)).toEqual([])
    // The old-number flag on both countries' logins.
    for (const id of ['taobao', 'alipay', 'gosuslugi', 't-bank']) {
      const flagged = accounts.filter((a) => a.catalogId === id && a.evidence?.passwords?.oldNumber)
      expect([id, flagged.length]).toEqual([id, 1])
      expect(flagged[0]!.usages).toContain('login')
    }
    // Each message's evidence only on the number of the SIM it came to.
    for (const a of accounts.filter((x) => x.evidence?.sms))
      expect([a.catalogId, a.evidence!.sms!.numbers]).toEqual([
        a.catalogId,
        [numberOf.get(a.caseId)]
      ])
    const tbankCn = accounts.find((a) => a.catalogId === 't-bank' && a.caseId !== ru.id)!
    expect(tbankCn.evidence?.sms?.messages).toBe(1)
    expect(tbankCn.evidence?.passwords).toBeUndefined()

    // A selection moves to the other number (its evidence keeps its own number), and
    // deleting two is undone at once.
    await page.reload()
    const check = (name: string) =>
      page.getByRole('checkbox', { name: `Select ${name}`, exact: true })
    await check('Ozon').check()
    await check('Airbnb').check()
    await page.locator('[data-action="move"]').click()
    await choose(page, '+86 139 1234 5678 · China Mobile')
    await expect(page.getByText('Moved 2 accounts to +86 139 1234 5678')).toBeVisible()
    placed = await where(page)
    expect([placed.ozon, placed.airbnb]).toEqual([[CN.e164], [CN.e164]])
    await check('Kaspi.kz').check()
    await check('GitHub').check()
    await page.getByRole('button', { name: 'Delete 2' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
    await expect(page.getByText('Deleted 2 accounts')).toBeVisible()
    expect((await where(page)).kaspi).toBeUndefined()
    await page.getByRole('button', { name: 'Undo' }).last().click()
    await expect(page.getByRole('link', { name: 'Kaspi.kz', exact: true })).toBeVisible()
    expect((await where(page)).github).toEqual([RU.e164])

    // A duplicate made by hand is found and merged, and the merge undone.
    await callFromPage(page, 'createAccount', {
      name: 'VK',
      catalogId: 'vk',
      category: 'social',
      caseId: ru.id,
      notes: 'Made twice'
    })
    await page.reload()
    const notice = page.locator('[data-duplicates]')
    await expect(notice).toContainText('VK')
    await notice.getByRole('button', { name: 'Merge VK' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Merge' }).click()
    await expect(page.getByText('Merged into VK')).toBeVisible()
    await expect(notice).toBeHidden()
    const merged = (await callFromPage<Account[]>(page, 'listAccounts', {})).filter(
      (a) => a.catalogId === 'vk'
    )
    expect(merged).toHaveLength(1)
    expect(merged[0]!.notes).toBe('Made twice')
    expect(merged[0]!.evidence?.passwords?.numbers).toEqual([RU.e164])

    // People show their number; the message names that person's number.
    await callFromPage(page, 'createPerson', { name: 'Маша', caseId: ru.id })
    await callFromPage<Person>(page, 'createPerson', {
      name: '李雷',
      caseId: cases.find((c) => c.id !== ru.id)!.id
    })
    await page.getByRole('link', { name: 'People', exact: true }).click()
    const cnPeople = page.locator(`[data-people-of="${tbankCn.caseId}"]`)
    await expect(cnPeople.locator('[data-person="李雷"]')).toBeVisible()
    await expect(cnPeople.locator('[data-message="new-number"]')).toHaveValue(
      /\+86 138 0013 8000.*\+86 139 1234 5678/
    )

    // The dashboard: each number's phase and progress, and all of them together.
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
    const overview = page.locator('[data-card="numbers-overview"]')
    await expect(overview.locator(`[data-number="${ru.id}"]`)).toContainText('Before cancelling')
    await expect(overview.locator(`[data-number="${tbankCn.caseId}"]`)).toContainText(
      'May be reassigned'
    )
    await expect(overview.locator('[data-number="all"]')).toContainText('0 of 19')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
