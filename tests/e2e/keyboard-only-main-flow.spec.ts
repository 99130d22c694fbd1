import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { makeAgreementPdf } from '../../src/core/example-data/example-files'
import { expect, test } from './web-app'

/** What a screen reader would call the focused element. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return ''
    const labelledBy = el.getAttribute('aria-labelledby')
    const byId = labelledBy ? document.getElementById(labelledBy)?.textContent : null
    return (el.getAttribute('aria-label') ?? byId ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
  })
}

/** Presses Tab until the focus is on a control whose name matches, as a user would. */
async function tabTo(page: Page, name: RegExp, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (name.test(await focusedName(page))) return
  }
  throw new Error(`Tab never reached ${name}`)
}

test('the whole main flow works with the keyboard alone', async ({ page, app }) => {
  // The whole story in one test, a key at a time: it took 32–56 s on a quiet machine.
  test.setTimeout(150_000)
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-kbd-'))
  try {
    const pdf = join(dir, 'agreement.pdf')
    await writeFile(
      pdf,
      makeAgreementPdf({
        number: '+7 912 345-67-89',
        carrier: 'MTS',
        reference: 'K-1',
        date: '2026-11-20',
        holder: 'Keys'
      })
    )
    await page.goto(app.url)
    await expect(page.getByText('Welcome to Unlinker')).toBeVisible()

    // A case: the number field takes the focus, Enter saves.
    await tabTo(page, /^Start with my number$/)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog')).toBeVisible()
    await page.keyboard.type('+7 912 345-67-89')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(page.getByText('+7 912 345 67 89', { exact: true })).toBeVisible()

    // Accounts from the catalog: search, tick with Space, add.
    await tabTo(page, /^Accounts$/)
    await page.keyboard.press('Enter')
    await tabTo(page, /^Pick services from the catalog$/)
    await page.keyboard.press('Enter')
    await page.keyboard.type('сбер')
    // The results are one Tab stop; the arrow keys move within them.
    await expect(page.getByRole('option', { name: 'Sber (Sberbank)' })).toBeVisible()
    await tabTo(page, /^Kuper|^Sber/)
    for (let i = 0; i < 40 && !/^Sber \(Sberbank\)/.test(await focusedName(page)); i++)
      await page.keyboard.press('ArrowDown')
    expect(await focusedName(page)).toMatch(/^Sber \(Sberbank\)/)
    await page.keyboard.press('Space')
    await expect(page.getByText('1 selected')).toBeVisible()
    await tabTo(page, /^Add 1 service$/)
    await page.keyboard.press('Enter')
    await expect(page.getByText('1 of 1 accounts')).toBeVisible()

    // Its playbook, every step ticked with Space, then marked verified.
    await tabTo(page, /^Sber \(Sberbank\)$/)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Sber (Sberbank)' })).toBeVisible()
    const steps = page.getByRole('listitem').getByRole('checkbox')
    const count = await steps.count()
    for (let i = 0; i < count; i++) {
      await tabTo(page, /.+/, 1)
      const holdsFocus = (): Promise<boolean> =>
        steps
          .nth(i)
          .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
      // Bounded: a step Tab cannot reach fails here instead of tabbing forever.
      for (let presses = 0; !(await holdsFocus()); presses++) {
        if (presses >= 60) throw new Error(`Tab never reached step ${i + 1} of ${count}`)
        await page.keyboard.press('Tab')
      }
      await page.keyboard.press('Space')
    }
    await expect(page.getByText(`${count} of ${count} steps`)).toBeVisible()
    await tabTo(page, /^Mark verified$/)
    await page.keyboard.press('Enter')
    await expect(page.getByText('Verified', { exact: true }).first()).toBeVisible()

    // A proof: Enter on "Attach files" opens the system's file chooser. Playwright starts
    // catching choosers without waiting for the browser to agree, so it listens from
    // before the Tab walk: started just before Enter, the chooser could open uncaught.
    const chooser = page.waitForEvent('filechooser')
    await tabTo(page, /^Attach files$/)
    await page.keyboard.press('Enter')
    await (await chooser).setFiles(pdf)
    await expect(page.locator('[data-proof="agreement.pdf"]')).toBeVisible()

    // Export with its shortcut; the archive is checked as soon as it is written.
    await page.keyboard.press('Control+E')
    await expect(page.locator('[data-verify="intact"]')).toContainText('All 5 files match')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
