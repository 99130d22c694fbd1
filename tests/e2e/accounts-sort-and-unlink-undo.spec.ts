import type { Page } from '@playwright/test'
import { test, expect } from './web-app'

async function names(page: Page): Promise<string[]> {
  return page.locator('table.accounts tbody tr:not(.spacer) td:nth-child(2)').allInnerTexts()
}

async function loadExample(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Try with example data' }).click()
  await page.locator('[data-figure="progress"]').waitFor()
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(page.getByText('12 of 12 accounts')).toBeVisible()
}

test('the accounts table sorts by each column from the keyboard, says so with aria-sort, and keeps the choice after a restart', async ({
  page,
  app
}) => {
  await loadExample(page, app.url)
  const header = (name: string) => page.getByRole('columnheader', { name })
  const sortButton = (name: string) => header(name).getByRole('button')

  await sortButton('Service name').focus()
  await page.keyboard.press('Enter')
  await expect(header('Service name')).toHaveAttribute('aria-sort', 'ascending')
  const byName = await names(page)
  expect(byName).toEqual(
    [...byName].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
  )
  await page.keyboard.press('Enter')
  await expect(header('Service name')).toHaveAttribute('aria-sort', 'descending')
  expect(await names(page)).toEqual([...byName].reverse())

  await sortButton('Risk').focus()
  await page.keyboard.press('Space')
  await expect(header('Risk')).toHaveAttribute('aria-sort', 'ascending')
  await expect(header('Service name')).not.toHaveAttribute('aria-sort', /.+/)
  const risks = await page.locator('table.accounts tbody td:nth-child(4)').allInnerTexts()
  const order = ['Critical', 'High', 'Medium', 'Low', 'None left']
  expect(risks.map((r) => order.indexOf(r.trim()))).toEqual(
    risks.map((r) => order.indexOf(r.trim())).sort((a, b) => a - b)
  )
  expect(risks[risks.length - 1]?.trim()).toBe('None left')

  await sortButton('Status').click()
  const statuses = await page.locator('table.accounts tbody td:nth-child(6)').allInnerTexts()
  const flow = ['To do', 'In progress', 'Unlinked', 'Verified', 'Not needed']
  expect(statuses.map((s) => flow.indexOf(s.trim()))).toEqual(
    statuses.map((s) => flow.indexOf(s.trim())).sort((a, b) => a - b)
  )

  await sortButton('Category').click()
  await expect(header('Category')).toHaveAttribute('aria-sort', 'ascending')
  const categories = await page.locator('table.accounts tbody td:nth-child(3)').allInnerTexts()
  expect(categories).toEqual(
    [...categories].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
  )

  await sortButton('Updated').click()
  await expect(header('Updated')).toHaveAttribute('aria-sort', 'descending')
  await sortButton('Service name').click()
  await expect(header('Service name')).toHaveAttribute('aria-sort', 'ascending')
  await page.screenshot({ path: 'test-results/screens/accounts-sorted.png' })

  expect(await app.stop()).toBe(0)
  await page.goto(await app.start())
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(header('Service name')).toHaveAttribute('aria-sort', 'ascending')
  expect(await names(page)).toEqual(byName)
})

test('"Mark unlinked" can be undone from the row and from the notification; the row and the focus stay put', async ({
  page,
  app
}) => {
  await loadExample(page, app.url)
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'VK' }) })
  const before = await names(page)
  const mark = row.getByRole('button', { name: 'Mark unlinked' })
  const box = await mark.boundingBox()
  await mark.focus()
  await page.keyboard.press('Enter')
  await expect(row.getByText('Unlinked', { exact: true })).toBeVisible()

  // The same button now offers the undo, where it was, and still has the focus.
  const undo = row.getByRole('button', { name: 'Undo marking VK unlinked' })
  await expect(undo).toBeFocused()
  expect(await undo.boundingBox()).toEqual(box)
  expect(await names(page)).toEqual(before)
  const toast = page.locator('.n-notification').filter({ hasText: 'Marked 1 account unlinked' })
  await expect(toast).toBeVisible()
  // The notification sits clear of the page's header buttons.
  const add = await page.getByRole('button', { name: 'Add account' }).first().boundingBox()
  const toastBox = await toast.boundingBox()
  expect(toastBox!.y).toBeGreaterThan(add!.y + add!.height)
  await page.screenshot({ path: 'test-results/screens/accounts-unlinked-undo.png' })

  await page.keyboard.press('Enter')
  await expect(row.getByText('To do', { exact: true })).toBeVisible()
  await expect(mark).toBeFocused()

  // The notification's Undo does the same.
  await mark.click()
  await expect(row.getByText('Unlinked', { exact: true })).toBeVisible()
  await page
    .locator('.n-notification')
    .filter({ hasText: 'Marked 1 account unlinked' })
    .last()
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(row.getByText('To do', { exact: true })).toBeVisible()
  await expect(row.getByRole('button', { name: 'Mark unlinked' })).toBeVisible()

  // Kept on disk: a reload shows the account still to do.
  await page.reload()
  await expect(row.getByText('To do', { exact: true })).toBeVisible()
})
