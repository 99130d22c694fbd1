import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { makeAgreementPdf } from '../../src/core/example-data/example-files'
import { callFromPage, expect, holdAnswers, test } from './web-app'

const SHOTS = 'test-results/screens/cancellation'

/** A planned MTS cancellation in a store, entered through the form as a user would. */
async function addNumber(page: Page, number: string, country?: string): Promise<void> {
  const form = page.getByRole('dialog')
  await form.getByLabel('Old number').fill(number)
  if (country) {
    await form.getByLabel('Country').first().click()
    await page.keyboard.type(country)
    await page.keyboard.press('Enter')
  }
  await form.getByRole('button', { name: 'Save number' }).click()
  await expect(form).toBeHidden()
}

test('(c) ticking "agreement received" in the store checklist asks for it, and the file becomes an agreement proof', async ({
  page,
  app
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-visit-'))
  try {
    const pdf = join(dir, 'MTS agreement.pdf')
    await writeFile(
      pdf,
      makeAgreementPdf({
        number: '+7 912 345-67-89',
        carrier: 'MTS',
        reference: 'R-1',
        date: '2026-11-15',
        holder: 'Test'
      })
    )
    await page.goto(app.url)
    await page.getByRole('button', { name: 'Start with my number' }).click()
    await addNumber(page, '+7 912 345-67-89')

    await page.getByRole('link', { name: 'Cancellation', exact: true }).click()
    const checklist = page.locator('[data-visit-checklist]')
    await expect(checklist.getByRole('checkbox')).toHaveCount(9)
    await expect(checklist.getByText('0 of 9 done')).toBeVisible()
    const offer = checklist.locator('[data-attach-offer="agreement"]')
    await expect(offer).toHaveCount(0)

    await checklist.getByRole('checkbox', { name: 'Cancellation agreement received' }).click()
    await expect(checklist.getByText('1 of 9 done')).toBeVisible()
    await expect(offer).toContainText('Keep the agreement as a proof')
    const chooser = page.waitForEvent('filechooser')
    await offer.getByRole('button', { name: 'Attach the agreement' }).click()
    await (await chooser).setFiles(pdf)
    await expect(offer).toContainText('Attached: MTS agreement.pdf')

    // The tick and the proof are both kept: the dashboard lists the file as an agreement.
    await page.reload()
    await expect(
      checklist.getByRole('checkbox', { name: 'Cancellation agreement received' })
    ).toBeChecked()
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
    const proof = page.locator('[data-proof="MTS agreement.pdf"]')
    await expect(proof).toContainText('Cancellation agreement')
    await expect(page.getByText('1 of 9 ready')).toBeVisible()

    // The receipt asks the same way, for a receipt.
    await page.getByRole('link', { name: 'Open the checklist' }).click()
    await checklist.getByRole('checkbox', { name: 'Receipt received' }).click()
    await expect(checklist.locator('[data-attach-offer="receipt"]')).toContainText(
      'Keep the receipt as a proof'
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('ticks made while an earlier one is still being saved are all kept', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Start with my number' }).click()
  await addNumber(page, '+7 912 345-67-89')
  await page.getByRole('link', { name: 'Cancellation', exact: true }).click()
  const checklist = page.locator('[data-visit-checklist]')
  const box = (name: string) => checklist.getByRole('checkbox', { name })
  await expect(box('Passport')).toBeVisible()

  // The answers to the saves are held back until both ticks are made, as on a slow machine.
  const saves = await holdAnswers(page, 'updateCase')
  await box('Call the store first').click()
  await expect.poll(saves.held).toBe(1)
  await box('Passport').click()
  await expect(box('Call the store first')).toBeChecked()
  await expect(box('Passport')).toBeChecked()
  await expect(checklist.getByText('2 of 9 done')).toBeVisible()

  // The second save leaves only once the first is answered: both answers are awaited
  // before the reload, or the reload would cancel the second save on its way.
  let answered = 0
  page.on('response', (response) => {
    if (response.url().endsWith('/api/updateCase')) answered++
  })
  await saves.release()
  await expect.poll(() => answered).toBe(2)
  await page.reload()
  await expect(box('Call the store first')).toBeChecked()
  await expect(box('Passport')).toBeChecked()
  await expect(checklist.getByText('2 of 9 done')).toBeVisible()
})

test('the number form follows the country; the new number is checked by main and its error shown on the field', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Start with my number' }).click()
  const form = page.getByRole('dialog')
  // The number's example and hints follow its country: a Chinese number is not shown +7.
  const oldNumber = form.getByLabel('Old number')
  await expect(oldNumber).toHaveAttribute('placeholder', '+7 912 345-67-89')
  await expect(form.getByText('A number not used for 90 days may lose its contract.')).toBeVisible()
  await form.getByLabel('Country').first().click()
  await page.keyboard.type('China')
  await page.keyboard.press('Enter')
  await expect(oldNumber).toHaveAttribute('placeholder', '+86 138 1234 5678')
  await expect(
    form.getByText('Any spelling works: +86 138 1234 5678 or 13812345678.')
  ).toBeVisible()
  // A Chinese number's last-use day starts the lapsed clock, whose delay no source gives.
  await expect(
    form.getByText(/Its carrier cancels it later \(when, no source says\)/)
  ).toBeVisible()
  await form.getByLabel('Old number').fill('+86 138 0013 8000')
  await form.getByLabel('New number').fill('+44 12')
  await form.getByRole('button', { name: 'Save number' }).click()
  await expect(form.getByText('Not a valid international number')).toBeVisible()
  await form.getByLabel('New number').fill('+44 7911 123456')
  await expect(form.getByText('Not a valid international number')).toBeHidden()
  await form.getByRole('button', { name: 'Save number' }).click()
  await expect(form).toBeHidden()
})

for (const language of ['en', 'ru', 'zh-CN'] as const) {
  test(
    `screenshots of the checklists, the alternatives and the checks (${language})`,
    {
      tag: '@look'
    },
    async ({ page, app }) => {
      await page.goto(app.url)
      await page.getByRole('button', { name: 'Start with my number' }).click()
      await addNumber(page, '+7 912 345-67-89')
      await page.getByRole('button', { name: 'Add another number' }).click()
      await addNumber(page, '+86 138 0013 8000', 'China')
      await page.evaluate((lang) => localStorage.setItem('unlinker.locale', lang), language)
      await page.reload()

      await page.getByRole('complementary').locator('a[href="#/cancellation"]').click()
      const choose = page.locator('.page-header .n-select')
      const pick = async (text: string): Promise<void> => {
        await choose.click()
        await page.locator('.n-base-select-option', { hasText: text }).click()
      }
      await pick('912')
      const checklist = page.locator('[data-visit-checklist]')
      await checklist.locator('[data-checklist-item="call"] .n-checkbox').click()
      await checklist.locator('[data-checklist-item="passport"] .n-checkbox').click()
      await checklist.locator('[data-checklist-item="agreement"] .n-checkbox').click()
      await expect(checklist.locator('[data-attach-offer="agreement"] button')).toBeVisible()
      await page.mouse.move(0, 0)
      await page.screenshot({ path: `${SHOTS}/store-${language}.png`, animations: 'disabled' })

      await checklist.locator('.n-radio-button').nth(1).click()
      await expect(checklist.locator('[data-checklist="online"]')).toBeVisible()
      await page.mouse.move(0, 0)
      await page.screenshot({ path: `${SHOTS}/online-${language}.png`, animations: 'disabled' })

      await page.locator('[data-alternatives]').scrollIntoViewIfNeeded()
      await page.screenshot({
        path: `${SHOTS}/alternatives-${language}.png`,
        animations: 'disabled'
      })
      await page.locator('[data-state-checks]').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/checks-ru-${language}.png`, animations: 'disabled' })

      await pick('138')
      await expect(page.locator('[data-state-checks] [data-fact="accountLookup"]')).toBeVisible()
      await page.screenshot({ path: `${SHOTS}/checks-cn-${language}.png`, animations: 'disabled' })
    }
  )
}

test('a Chinese number gets its carriers, the 身份证 and its unpaid clock; a foreign citizen’s Russian number its cut-off', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Start with my number' }).click()
  const form = page.getByRole('dialog')
  await form.getByLabel('Country').first().click()
  await page.keyboard.type('China')
  await page.keyboard.press('Enter')
  // MTS, the default for a Russian number, gives way to the Chinese carriers.
  const carrier = form.getByLabel('Carrier').first()
  await expect(form.getByText('MTS', { exact: true })).toHaveCount(0)
  await carrier.click()
  // The carrier's menu; the country's, closed, may still be in the page.
  const options = page.locator('.n-base-select-option:visible')
  await expect(options).toHaveText([
    'China Broadnet',
    'China Mobile',
    'China Telecom',
    'China Unicom'
  ])
  await options.filter({ hasText: 'China Unicom' }).click()
  await form.getByLabel('Old number').fill('+86 138 0013 8000')
  await form.getByRole('button', { name: 'Save number' }).click()
  await expect(form).toBeHidden()

  // It stopped being paid a month ago and was never cancelled.
  const [cn] = await callFromPage<Array<{ id: string }>>(page, 'listCases', {})
  await callFromPage(page, 'updateCase', { id: cn!.id, patch: { lastUseDate: '2026-11-01' } })
  await page.reload()
  const clock = page.locator('[data-clock="unpaid"]')
  await expect(clock).toContainText('Stopped being paid on')
  await expect(clock.locator('[data-delay-unknown]')).toHaveText(
    'The carrier then cancels it after a time no source gives: unknown, it differs by carrier'
  )
  await expect(clock).toContainText('May go to someone else 90 days after the carrier cancels it')
  await page.screenshot({ path: `${SHOTS}/unpaid-clock-cn.png`, fullPage: true })

  // A Chinese citizen's visit asks for the 身份证, not a passport.
  await page.getByRole('link', { name: 'Cancellation', exact: true }).click()
  const checklist = page.locator('[data-visit-checklist]')
  await expect(checklist.locator('[data-checklist-item="idCard"]')).toContainText(
    'Identity card (身份证)'
  )
  await expect(checklist.locator('[data-checklist-item="passport"]')).toHaveCount(0)
  await expect(page.locator('[data-alternative="port"] [data-fact="keepNumber"]')).toBeVisible()

  // A Russian number registered to a foreign citizen: its cut-off shows as a risk.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
  await expect(page.locator('[data-number-risks]')).toHaveCount(0)
  await page.getByRole('button', { name: 'Add another number' }).click()
  await form.getByLabel('Old number').fill('+7 912 345-67-89')
  await form.locator('[data-holder-foreign]').click()
  await form.getByRole('button', { name: 'Save number' }).click()
  await expect(form).toBeHidden()
  const risks = page.locator('[data-number-risks]')
  await expect(risks.locator('[data-fact="foreignersCutOff"]')).toContainText(
    're-registered with biometrics by 1 July 2025'
  )
  await page.screenshot({ path: `${SHOTS}/foreign-citizen-risk-ru.png`, fullPage: true })
  // The credit self-ban and the payment alias are among the checks before cancelling.
  await page.getByRole('link', { name: 'Cancellation', exact: true }).click()
  const checks = page.locator('[data-state-checks] [data-fact]')
  await expect(checks.first()).toBeVisible()
  const ids = await checks.evaluateAll((list) => list.map((e) => e.getAttribute('data-fact')))
  expect(ids.slice(0, 3)).toEqual(['simList', 'creditSelfBan', 'sbp'])
  await page.locator('[data-state-checks]').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/checks-ru-credit-self-ban.png` })
})
