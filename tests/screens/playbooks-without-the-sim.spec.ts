import { callFromPage as call, expect, test } from '../e2e/web-app'

/** A local calendar date some days before today, as the app reads dates. */
function daysAgo(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() - days)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

// WeChat, 12306 and Sber for a number cancelled 11 days ago, in Chinese and Russian: the
// way back in without the SIM shows, and no step asks for a code on the old number.
test('WeChat, 12306 and Sber without the old SIM, in Chinese and Russian', async ({
  page,
  app
}) => {
  await page.goto(app.url)
  await expect(page.getByRole('link', { name: 'Accounts', exact: true })).toBeVisible()
  const chinese = await call<{ id: string }>(page, 'createCase', {
    number: '+86 138 1234 5678',
    country: 'CN',
    carrier: 'China Mobile',
    status: 'confirmed',
    cancellationDate: daysAgo(11)
  })
  const russian = await call<{ id: string }>(page, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    carrier: 'mts',
    status: 'confirmed',
    cancellationDate: daysAgo(11)
  })
  const [wechat, railway] = await call<Array<{ id: string }>>(page, 'addFromCatalog', {
    caseId: chinese.id,
    catalogIds: ['wechat', '12306']
  })
  const [sber] = await call<Array<{ id: string }>>(page, 'addFromCatalog', {
    caseId: russian.id,
    catalogIds: ['sber']
  })

  // Tall enough for the whole account page: the content scrolls inside the window.
  await page.setViewportSize({ width: 1280, height: 3200 })
  for (const locale of ['zh-CN', 'ru'] as const) {
    await page.evaluate((l) => localStorage.setItem('unlinker.locale', l), locale)
    for (const [name, account] of [
      ['wechat', wechat],
      ['12306', railway],
      ['sber', sber]
    ] as const) {
      await page.goto(`${app.url}#/accounts/${account!.id}`)
      const route = page.locator('[data-recovery-route]')
      await expect(route).toBeVisible()
      await expect(route.locator('[data-fact]').first()).toBeVisible()
      // The page in two readable halves: the way back in, then the service and the steps.
      for (const [part, y] of [
        ['top', 0],
        ['bottom', 1100]
      ] as const)
        await page.screenshot({
          path: `screenshots/playbook-${name}-cancelled-${locale}-${part}.png`,
          clip: { x: 0, y, width: 1280, height: 1200 },
          animations: 'disabled'
        })
    }
  }
})
