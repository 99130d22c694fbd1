import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './web-app'

/** Serious and critical axe findings on what the page shows now. */
async function violations(page: Page): Promise<string[]> {
  // Judge colours at rest, not halfway through a fade.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`
    )
}

for (const scheme of ['light', 'dark'] as const) {
  // The dark walk repeats the light one for colour contrast; it runs with the screenshots.
  const tag = scheme === 'dark' ? ['@look'] : []
  test(`every screen passes axe in the ${scheme} theme`, { tag }, async ({ page, app }) => {
    // Axe runs on a dozen screens in one test: more than the default minute on a slow machine.
    test.setTimeout(180_000)
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto(app.url)
    await expect(page.getByText('Welcome to Unlinker')).toBeVisible()
    const found: Record<string, string[]> = { welcome: await violations(page) }

    await page.getByRole('button', { name: 'Try with example data' }).click()
    await expect(page.locator('[data-figure="progress"]')).toHaveText('4 of 11')
    found.dashboard = await violations(page)

    for (const [name, ready] of [
      ['Accounts', 'Service name'],
      ['People', 'Mum'],
      ['Proofs & archive', 'Export the archive of proofs'],
      ['Activity', 'Activity'],
      ['Settings', 'Encryption']
    ] as const) {
      await page.getByRole('link', { name, exact: true }).click()
      await expect(page.getByText(ready, { exact: true }).first()).toBeVisible()
      // Landmarks a screen reader jumps between: one main area and the app's navigation.
      await expect(page.getByRole('main')).toHaveCount(1)
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1)
      found[name] = await violations(page)
    }

    await page.getByRole('link', { name: 'Accounts', exact: true }).click()
    await page.getByRole('link', { name: 'Sber (Sberbank)' }).click()
    await expect(page.getByRole('heading', { name: 'Sber (Sberbank)' })).toBeVisible()
    found.account = await violations(page)

    await page.getByRole('button', { name: 'Edit', exact: true }).first().click()
    await expect(page.getByRole('dialog')).toBeVisible()
    found.accountForm = await violations(page)

    await page.keyboard.press('Escape')
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
    await page.getByRole('button', { name: 'Edit number' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    found.caseForm = await violations(page)
    await page.keyboard.press('Escape')

    await page.getByRole('link', { name: 'Accounts', exact: true }).click()
    await page.getByRole('button', { name: 'Add from catalog' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    found.catalog = await violations(page)
    await page.keyboard.press('Escape')

    await page.getByRole('link', { name: 'Settings', exact: true }).click()
    await page.getByRole('button', { name: 'Turn on encryption' }).click()
    await page.getByRole('dialog').getByLabel('New passphrase').fill('quiet harbour lamp')
    await page.getByRole('dialog').getByLabel('Repeat it').fill('quiet harbour lamp')
    found.encryption = await violations(page)
    await page.getByRole('dialog').getByRole('button', { name: 'Turn on encryption' }).click()
    await page.getByRole('button', { name: 'Lock now' }).click()
    await expect(page.getByText('Unlinker is locked')).toBeVisible()
    found.lock = await violations(page)

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])))
  })
}
