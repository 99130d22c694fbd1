import type { Page } from '@playwright/test'
import { callFromPage as call, expect, test } from './web-app'

/** The window sizes every screen must fit: a common laptop and a small one. */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 }
] as const

/** Dialogs opened from a page header's buttons (by position: their names change with the language). */
const DIALOGS = [
  { name: 'number form', page: '#/dashboard', button: 0 },
  { name: 'catalog picker', page: '#/accounts', button: 1 },
  { name: 'account form', page: '#/accounts', button: 2 },
  { name: 'person form', page: '#/people', button: 1 }
] as const

interface Cut {
  text: string
  where: string
}

/**
 * Text the page cuts off (an element that hides its overflow, with a text inside reaching
 * past its edge) and that no tooltip shows whole: neither the element nor an ancestor
 * has a title. Elements a pixel wide are the screen-reader-only texts, hidden on purpose.
 */
function cutWithoutTooltip(page: Page): Promise<Cut[]> {
  return page.evaluate(() => {
    const found: Cut[] = []
    const describe = (el: Element): string =>
      [el, el.parentElement, el.parentElement?.parentElement]
        .filter((e): e is Element => e !== null && e !== undefined)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).trim().split(/\s+/).join('.')}` : ''}`
        )
        .join(' < ')
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el)
      if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue
      const box = el.getBoundingClientRect()
      if (box.width <= 2 || box.height <= 2 || style.visibility === 'hidden') continue
      if (el.scrollWidth <= el.clientWidth + 1) continue
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim()
        if (!text) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        const rects = [...range.getClientRects()].filter((r) => r.width > 0)
        if (!rects.some((r) => r.right > box.right + 1 || r.left < box.left - 1)) continue
        const parent = node.parentElement
        if (parent && getComputedStyle(parent).visibility === 'hidden') continue
        if (parent?.closest('[title]')?.getAttribute('title')?.trim()) continue
        found.push({ text: text.slice(0, 80), where: describe(el) })
      }
    }
    return found
  })
}

test('no screen cuts text off without a tooltip, in any language, at 1280 and 1024 wide', async ({
  page,
  app
}) => {
  test.setTimeout(240_000)
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Try with example data' }).click()
  await expect(page.locator('[data-figure="progress"]')).toBeVisible({ timeout: 30_000 })
  const base = app.url.replace(/\?.*$/, '')
  const findings: string[] = []

  for (const language of ['en', 'ru', 'zh-CN'] as const) {
    await call(page, 'setPreferences', { language })
    for (const path of [
      '#/dashboard',
      '#/cancellation',
      '#/accounts',
      '#/people',
      '#/archive',
      '#/archive/report',
      '#/activity',
      '#/settings',
      'account',
      ...DIALOGS.map((d) => d.name)
    ]) {
      const dialog = DIALOGS.find((d) => d.name === path)
      if (path === 'account') {
        await page.goto(new URL('#/accounts', base).href)
        await page.locator('td a').first().click()
        await expect(page.locator('[data-proofs]')).toBeVisible()
      } else if (dialog) {
        await page.goto(new URL(dialog.page, base).href)
        await expect(page.locator('.page h1').first()).toBeVisible()
        // A page just shown may not listen yet: click again until the dialog opens.
        await expect(async () => {
          await page.locator('.page-header button').nth(dialog.button).click({ timeout: 2000 })
          await expect(page.getByRole('dialog')).toBeVisible({ timeout: 2000 })
        }).toPass()
        if (dialog.name === 'catalog picker')
          await expect(page.getByRole('dialog').locator('[data-entry]').first()).toBeVisible({
            timeout: 20_000
          })
        await page.waitForFunction(() =>
          document.getAnimations().every((a) => a.playState !== 'running')
        )
      } else {
        await page.goto(new URL(path, base).href)
        await page.reload()
      }
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      // A page's chunk may load slowly on a busy machine.
      await expect(page.locator('.page h1').first(), path).toBeVisible({ timeout: 15_000 })
      for (const size of SIZES) {
        await page.setViewportSize(size)
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
        for (const cut of await cutWithoutTooltip(page))
          findings.push(`${language} ${size.width} ${path}: "${cut.text}" in ${cut.where}`)
        // Wrapping is no better when it leaves a word a letter wide: who each person is
        // keeps room beside (or above) the long Russian buttons.
        if (path === '#/people')
          for (const width of await page
            .locator('[data-person] .who')
            .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width)))
            if (width < 200) findings.push(`${language} ${size.width} people: ${width}px wide`)
      }
      await page.setViewportSize(SIZES[0])
      if (dialog) {
        await page.keyboard.press('Escape')
        await expect(page.getByRole('dialog')).toHaveCount(0)
      }
    }
  }
  expect(findings).toEqual([])
})
