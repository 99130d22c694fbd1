import { callFromPage as call, test, expect } from './web-app'

/** A local calendar date some days before today, as the app reads dates. */
function daysAgo(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() - days)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

test('a number cancelled 11 days ago: the user marks Sber locked out and finds the branch route', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await expect(page.getByRole('link', { name: 'Accounts', exact: true })).toBeVisible()
  // Eleven days ago counted from the same clock the server reads: the case is cancelled
  // and not yet possibly reassigned (60 days) whichever side of midnight this runs on.
  const c = await call<{ id: string }>(page, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    carrier: 'mts',
    status: 'confirmed',
    cancellationDate: daysAgo(11)
  })
  const [sber] = await call<Array<{ id: string }>>(page, 'addFromCatalog', {
    caseId: c.id,
    catalogIds: ['sber']
  })

  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  const link = page.getByRole('link', { name: 'Sber (Sberbank)' })
  await expect(link).toHaveAttribute('href', `#/accounts/${sber!.id}`)
  await link.click()
  await expect(page.getByRole('heading', { name: 'Sber (Sberbank)' })).toBeVisible()

  // Cancelled: the steps speak of the route without codes, and the route is already shown.
  await expect(page.getByText('Help below is for: Number cancelled')).toBeVisible()
  await expect(page.getByText(/if it asks for an SMS code, take the route below/)).toBeVisible()
  const route = page.locator('[data-recovery-route]')
  await expect(
    route.getByText(/was cancelled on .*codes sent to it no longer reach you/)
  ).toBeVisible()

  // Marked locked out by keyboard.
  const toggle = page.getByRole('switch', { name: 'Locked out' })
  await expect(toggle).toHaveAttribute('aria-checked', 'false')
  await toggle.focus()
  await page.keyboard.press('Space')
  await expect(toggle).toHaveAttribute('aria-checked', 'true')
  await expect(route.getByText('Go to a branch with your passport', { exact: false })).toBeVisible()
  await expect(
    route.getByRole('heading', { name: "What the number's next owner could do" })
  ).toBeVisible()
  // The one fact about real events carries its source, opened in the system browser.
  const source = route.locator('[data-source] a').first()
  await expect(source).toHaveAttribute('href', /^https:\/\//)
  await expect(source).toHaveAttribute('target', '_blank')

  // An account's proofs are its own (a screenshot without the number), not the carrier's papers.
  const proofs = page.locator('[data-proofs]')
  await expect(proofs).toContainText('no longer uses the old number')
  await expect(proofs).not.toContainText('cancellation agreement')

  const saved = await call<Array<{ id: string; lockedOut: boolean }>>(page, 'listAccounts', {})
  expect(saved.find((a) => a.id === sber!.id)?.lockedOut).toBe(true)

  for (const [locale, branch] of [
    ['en', 'Go to a branch with your passport'],
    ['ru', 'Придите в отделение с паспортом'],
    ['zh-CN', '携带护照到营业网点']
  ] as const) {
    await page.evaluate((l) => localStorage.setItem('unlinker.locale', l), locale)
    await page.reload()
    await expect(page.locator('[data-recovery-route]').getByText(branch)).toBeVisible()
    await page.screenshot({
      path: `test-results/screens/locked-out-${locale}.png`,
      fullPage: true,
      animations: 'disabled'
    })
  }
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.reload()
  await expect(page.locator('[data-recovery-route]')).toBeVisible()
  await page.screenshot({
    path: 'test-results/screens/locked-out-zh-CN-dark.png',
    fullPage: true,
    animations: 'disabled'
  })
})

test('locked out of mos.ru: the route, the support line and form, each labelled unofficial', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await expect(page.getByRole('link', { name: 'Accounts', exact: true })).toBeVisible()
  const c = await call<{ id: string }>(page, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    carrier: 'mts',
    status: 'planned'
  })
  const [mos] = await call<Array<{ id: string }>>(page, 'addFromCatalog', {
    caseId: c.id,
    catalogIds: ['mos-ru']
  })
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  const link = page.getByRole('link', { name: 'mos.ru' })
  await expect(link).toHaveAttribute('href', `#/accounts/${mos!.id}`)
  await link.click()
  // The SIM still works: no route until the user says they are locked out.
  await expect(page.locator('[data-service-guidance]')).toBeVisible()
  await expect(page.locator('[data-recovery-route]')).toBeHidden()
  await page.getByRole('switch', { name: 'Locked out' }).click()
  const route = page.locator('[data-recovery-route]')
  await expect(
    route.getByText('You no longer get codes on the old number.', { exact: false })
  ).toBeVisible()
  await expect(route.getByText('+7 495 539-55-55')).toBeVisible()
  await expect(route.getByRole('link', { name: 'mos.ru support form' })).toHaveAttribute(
    'href',
    'https://mos.ru/feedback/support/'
  )
  await expect(route.getByText('unofficial — check in the app').first()).toBeVisible()
  await page.screenshot({
    path: 'test-results/screens/locked-out-mos-ru.png',
    animations: 'disabled'
  })
})
