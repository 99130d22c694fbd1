import { test, expect } from './web-app'

const INVALID_NUMBER = 'This is not a valid number for the chosen country.'
const PICKS = [
  'Sber (Sberbank)',
  'T-Bank (Tinkoff)',
  'VTB',
  'Gosuslugi',
  'VK',
  'Telegram',
  'WhatsApp',
  'WeChat (Weixin, WeChat Pay)',
  'Google Account',
  'Avito'
]

/**
 * The page's clock is held at noon of the day the test starts: the figures it checks count
 * days, and a run that crossed midnight would otherwise count one more.
 */
const NOON_TODAY = new Date()
NOON_TODAY.setHours(12, 0, 0, 0)

function daysAgo(days: number): string {
  const date = new Date(NOON_TODAY)
  date.setDate(date.getDate() - days)
  const pad = (n: number): string => String(n).padStart(2, '0')
  // As an English date field shows and reads it.
  return `${pad(date.getMonth() + 1)}/${pad(date.getDate())}/${date.getFullYear()}`
}

test('a new user sets up the old number, works a bank to verified and reads the dashboard', async ({
  page,
  app
}) => {
  // The whole story, from the number to a verified bank and the dashboard, in one test.
  test.setTimeout(180_000)
  await page.clock.setFixedTime(NOON_TODAY)
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByText('Welcome to Unlinker')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/welcome.png', animations: 'disabled' })

  await page.getByRole('button', { name: 'Start with my number' }).click()
  const form = page.getByRole('dialog')
  await form.getByLabel('Old number').fill('8 (912) 345')
  await expect(form.getByText(INVALID_NUMBER)).toBeVisible()
  await form.getByLabel('Old number').fill('8 (912) 345-67-89')
  await expect(form.getByText(INVALID_NUMBER)).toBeHidden()
  await form.getByLabel('Cancellation', { exact: true }).first().click()
  await page.keyboard.type('Confirmed')
  await page.keyboard.press('Enter')
  await form.getByLabel('Cancellation date', { exact: true }).fill(daysAgo(10))
  // A date typed by mistake goes with its clear button, and the button with it.
  const keepUntil = form.getByLabel('Keep proofs until', { exact: true })
  await keepUntil.fill('01/31/2027')
  await form.getByRole('button', { name: 'Clear Keep proofs until' }).click()
  await expect(keepUntil).toHaveValue('')
  await expect(form.getByRole('button', { name: 'Clear Keep proofs until' })).toBeHidden()
  await form.getByRole('checkbox', { name: 'Passport' }).click()
  await form.getByRole('checkbox', { name: 'The SIM card' }).click()
  await page.screenshot({ path: 'test-results/screens/case-form.png', animations: 'disabled' })
  await form.getByRole('button', { name: 'Save number' }).click()
  await expect(form).toBeHidden()
  await expect(page.getByText('+7 912 345 67 89', { exact: true })).toBeVisible()
  await expect(page.getByText('MTS', { exact: true })).toBeVisible()
  await expect(page.getByText('Confirmed', { exact: true })).toBeVisible()

  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await page.getByRole('button', { name: 'Pick services from the catalog' }).click()
  const picker = page.getByRole('dialog')
  await picker.getByRole('searchbox').fill('сбер')
  await picker.getByText('Sber (Sberbank)', { exact: true }).click()
  // The catalog has thousands of entries and shows those in view: each is searched for.
  for (const name of PICKS.slice(1)) {
    await picker.getByRole('searchbox').fill(name)
    await picker.getByText(name, { exact: true }).click()
  }
  await expect(picker.getByText('10 selected')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/catalog-picker.png', animations: 'disabled' })
  await picker.getByRole('button', { name: 'Add 10 services' }).click()
  await expect(page.getByText('10 of 10 accounts')).toBeVisible()

  await page.getByRole('link', { name: 'Sber (Sberbank)' }).click()
  const steps = page.getByRole('listitem').getByRole('checkbox')
  await expect(steps).toHaveCount(7)
  for (let i = 0; i < 6; i++) {
    await steps.nth(i).click()
    await expect(steps.nth(i)).toBeChecked()
  }
  await expect(page.getByText('6 of 7 steps')).toBeVisible()
  await page.getByRole('textbox', { name: 'Add step' }).fill('Ask the branch to confirm by e-mail')
  await page.getByRole('button', { name: 'Add step' }).click()
  await expect(page.getByText('6 of 8 steps')).toBeVisible()
  await steps.nth(6).click()
  await steps.nth(7).click()
  await expect(page.getByText('8 of 8 steps')).toBeVisible()
  await expect(page.getByText('Mark it verified?')).toBeVisible()
  await page.getByRole('button', { name: 'Mark verified' }).first().click()
  await expect(page.getByText('Verified', { exact: true }).first()).toBeVisible()
  // The account's history names each step as its checklist does.
  const timeline = page.locator('.timeline')
  await expect(timeline.getByText("Step: Sign in to the bank's app or online bank")).toBeVisible()
  await expect(
    timeline.getByText('Step: Ask the branch to confirm by e-mail').first()
  ).toBeVisible()
  await page.screenshot({
    path: 'test-results/screens/playbook.png',
    fullPage: true,
    animations: 'disabled'
  })

  await page.getByRole('link', { name: 'People' }).click()
  await page.getByRole('button', { name: 'Add person' }).first().click()
  await page.getByRole('dialog').getByLabel('Name').fill('Mum')
  await page.getByRole('dialog').getByLabel('How to reach them').fill('WhatsApp, new number by SMS')
  await page.getByRole('dialog').getByRole('button', { name: 'Add person' }).click()
  await page.getByRole('button', { name: 'Add person' }).first().click()
  await page.getByRole('dialog').getByLabel('Name').fill('Dr. Ivanova')
  await page.keyboard.press('Enter')
  const mum = page.locator('[data-person="Mum"]')
  await mum.getByRole('button', { name: 'Mark sent' }).click()
  await expect(mum.getByText(/^Notified · /)).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/people.png', animations: 'disabled' })

  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.locator('[data-figure="progress"]')).toHaveText('1 of 10')
  // Of the nine left, money, identity, e-mail or sign-in is at stake in six (T-Bank, VTB,
  // Gosuslugi, VK, WeChat, Google); Telegram, WhatsApp and Avito are high, not critical.
  await expect(page.locator('[data-figure="critical"]')).toContainText('6')
  await expect(page.locator('[data-figure="people"]')).toContainText('1 of 2')
  await expect(page.locator('[data-figure="days-since"]')).toContainText('10')
  await expect(page.getByText('an estimate')).toBeVisible()
  await expect(page.getByText('Plan: what to do first')).toBeVisible()
  await page.screenshot({
    path: 'test-results/screens/dashboard.png',
    fullPage: true,
    animations: 'disabled'
  })
})
