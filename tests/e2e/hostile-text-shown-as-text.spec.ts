import { expect, test } from './web-app'

test('names with markup, RTL marks and emoji are shown as text, never run', async ({
  page,
  app
}) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const names = ['<img src=x onerror=alert(1)>', 'Сбер\u202Egnp.exe', '🏦 银行 <b>bold</b>']
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  for (const name of names) {
    await page
      .getByRole('button', { name: /^Add (your first )?account$/ })
      .first()
      .click()
    await page.getByRole('dialog').getByLabel('Service name').fill(name)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible()
  }
  await page.getByRole('link', { name: names[0]!, exact: true }).click()
  await expect(page.getByRole('heading', { name: names[0]!, exact: true })).toBeVisible()
  await page.getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByText(names[2]!, { exact: false }).first()).toBeVisible()
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(await page.locator('main b').count()).toBe(0)
  expect(dialogs).toEqual([])
})
