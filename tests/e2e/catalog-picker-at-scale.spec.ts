import type { Locator, Page } from '@playwright/test'
import { expect, test } from './web-app'

async function openPicker(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  const open = page.getByRole('button', {
    name: /^(Pick services from the catalog|Add from catalog)$/
  })
  await open.first().click()
  const picker = page.getByRole('dialog')
  await expect(picker.getByText(/services? found$/)).toBeVisible()
  return picker
}

/** The picker's row for a catalog entry, by id. */
const row = (picker: Locator, id: string): Locator => picker.locator(`[data-entry="${id}"]`)

test('the picker and the accounts list find services by any name, in any script', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const picker = await openPicker(page)
  const search = picker.getByRole('searchbox')

  await search.fill('微信')
  await expect(row(picker, 'wechat')).toContainText('WeChat (Weixin, WeChat Pay)')
  await expect(row(picker, 'wechat')).toContainText('SMS')
  await row(picker, 'wechat').click()
  await expect(picker.getByText('1 selected')).toBeVisible()

  // The keyboard: arrow down from the search into the list, Space ticks, Enter adds.
  await search.fill('сбер')
  await expect(row(picker, 'sber')).toBeVisible()
  await search.press('ArrowDown')
  for (let i = 0; i < 40; i++) {
    if (await row(picker, 'sber').evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('ArrowDown')
  }
  await expect(row(picker, 'sber')).toBeFocused()
  await page.keyboard.press('Space')
  // The tick from the earlier search is still there.
  await expect(picker.getByText('2 selected')).toBeVisible()
  await expect(row(picker, 'sber')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  // Adding writes the store; on a busy machine that can take a few seconds.
  await expect(picker).toBeHidden({ timeout: 20_000 })
  await expect(page.getByText('2 of 2 accounts')).toBeVisible()

  // Taken entries say so the next time.
  await page.getByRole('button', { name: 'Add from catalog' }).click()
  await page.getByRole('dialog').getByRole('searchbox').fill('sberbank')
  await expect(row(page.getByRole('dialog'), 'sber')).toContainText('already in your list')
  await page.keyboard.press('Escape')

  // The accounts list: names in Russian and Chinese and a domain find the English names.
  const filter = page.getByRole('searchbox', { name: 'Search accounts' })
  // Focus moved on while the picker is still closing stays there once it has closed: a
  // late move back to the button that opened it would take the next keystrokes away.
  await filter.focus()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(filter).toBeFocused()
  for (const [text, name] of [
    ['сбер', 'Sber (Sberbank)'],
    ['微信', 'WeChat (Weixin, WeChat Pay)'],
    ['sberbank.ru', 'Sber (Sberbank)'],
    ['微信支付', 'WeChat (Weixin, WeChat Pay)']
  ] as const) {
    await filter.fill(text)
    await expect(page.getByText('1 of 2 accounts')).toBeVisible()
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible()
  }
})

test('services ticked deep in a long search are added', async ({ page, app }) => {
  await page.goto(app.url)
  const picker = await openPicker(page)
  const all = Number((await picker.getByText(/services found$/).textContent())!.replace(/\D/g, ''))
  expect(all).toBeGreaterThan(2500)

  await picker.getByRole('checkbox', { name: 'Sends codes by SMS' }).click()
  const found = picker.getByText(/services found$/)
  await expect(found).not.toHaveText(`${all.toLocaleString('en')} services found`)
  const total = Number((await found.textContent())!.replace(/\D/g, ''))
  expect(total).toBeGreaterThan(500)
  const list = picker.getByRole('listbox')
  // Only the rows in view are in the page, not hundreds.
  expect(await list.getByRole('option').count()).toBeLessThan(60)

  // Far past the first page: the rows there are fetched as the list scrolls.
  await picker.locator('.viewport').evaluate((el) => (el.scrollTop = 52 * 420))
  const deep = list.locator('[role="option"][data-entry]').filter({ hasText: 'SMS' })
  await expect(deep.first()).toBeVisible()
  await expect(list.locator('[aria-posinset="430"][data-entry]')).toBeVisible()
  const ticked: string[] = []
  for (const position of [425, 427, 430]) {
    const option = list.locator(`[aria-posinset="${position}"]`)
    await option.click()
    await expect(option).toHaveAttribute('aria-selected', 'true')
    ticked.push((await option.locator('.name').textContent())!.trim())
  }
  await expect(picker.getByText('3 selected')).toBeVisible()
  await picker.getByRole('button', { name: 'Add 3 services' }).click()
  await expect(page.getByText('3 of 3 accounts')).toBeVisible()
  for (const name of ticked)
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible()
})

test('an account from the catalog shows its links with their sources, and asks about codes', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  const picker = await openPicker(page)
  await picker.getByRole('searchbox').fill('adobe')
  await row(picker, 'adobe-com').click()
  await picker.getByRole('button', { name: 'Add 1 service' }).click()
  await page.getByRole('link', { name: 'Adobe', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Adobe' })).toBeVisible()

  const links = page.locator('[data-service-links]')
  const link = (kind: string): Locator => links.locator(`[data-link="${kind}"]`)
  // Apple's change-password page is named as the security page, not as phone settings.
  await expect(link('changePassword').getByRole('link')).toHaveText(
    'Security settings (password page)'
  )
  await expect(link('changePassword').getByRole('link')).toHaveAttribute(
    'href',
    'https://account.adobe.com/security'
  )
  await expect(link('changePassword')).toContainText("source: Apple's password-manager resources")
  await expect(link('tfaDocs')).toContainText('2FA documentation')
  await expect(link('tfaDocs')).toContainText('source: 2fa.directory')
  await expect(link('recovery')).toContainText('Account recovery')
  await expect(link('deletion')).toContainText('Close the account instead')
  await expect(link('deletion')).toContainText('easy to close')
  await expect(link('deletion')).toContainText('source: JustDeleteMe')
  await expect(link('deletion').getByRole('link')).toHaveAttribute('target', '_blank')
  // Nothing is known about a phone settings page or a website: neither is shown.
  await expect(link('phoneSettings')).toHaveCount(0)
  await expect(link('website')).toHaveCount(0)
  await expect(links.getByText('Change the phone number / security settings')).toHaveCount(0)

  const risk = page.locator('[data-risk]')
  const reasons = page.locator('[data-risk-reasons]')
  await expect(risk).toHaveText('High')
  await expect(reasons).toHaveText('codes not answered yet')
  const codes = page.locator('[data-phone-codes]')
  await expect(codes).toContainText(
    'This service can send codes by SMS or call. Does your account get them?'
  )
  await codes.getByRole('button', { name: 'Yes' }).click()
  // A way in by SMS codes, but no money, identity or mailbox behind it: high, not critical.
  await expect(reasons).toHaveText('sends codes to it')
  await expect(risk).toHaveText('High')
  await expect(codes).toContainText('You said this account gets codes by SMS or call.')
  await expect(page.getByText('SMS codes (2FA)').first()).toBeVisible()

  // The answer can be changed, and is kept.
  await codes.getByRole('button', { name: 'Change the answer' }).click()
  await codes.getByRole('button', { name: 'No' }).click()
  await expect(codes).toContainText('does not get codes')
  await expect(risk).not.toHaveText(/Critical|High/)
  await page.reload()
  await expect(page.locator('[data-phone-codes]')).toContainText('does not get codes')
})

test('Settings, About lists the third-party notices, with the keyboard', async ({ page, app }) => {
  await page.goto(app.url)
  // Through the sidebar, as a user goes: a second goto can race the page's first route.
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'About' }).first()).toBeVisible()
  const show = page.getByRole('button', { name: 'Show third-party notices' })
  for (let i = 0; i < 80; i++) {
    if (await show.evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(show).toBeFocused()
  await page.keyboard.press('Enter')
  const notices = page.getByRole('region', { name: 'Third-party notices' })
  await expect(notices).toContainText('2fa.directory')
  await expect(notices).toContainText('JustDeleteMe')
  await expect(notices).toContainText('MIT')
  await expect(page.getByRole('button', { name: 'Hide third-party notices' })).toHaveAttribute(
    'aria-expanded',
    'true'
  )
})
