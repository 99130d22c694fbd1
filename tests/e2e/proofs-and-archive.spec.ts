import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeAgreementPdf } from '../../src/core/example-data/example-files'
import { readEntries, writeZip } from '../support/crafted-archives'
import { expect, test } from './web-app'

test('attach a PDF and a JPEG to the number, export, and the archive verifies', async ({
  page,
  app
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-files-'))
  try {
    const pdf = join(dir, 'MTS agreement.pdf')
    const jpeg = join(dir, 'receipt photo.jpg')
    await writeFile(
      pdf,
      makeAgreementPdf({
        number: '+7 912 345-67-89',
        carrier: 'MTS',
        reference: 'R-77',
        date: '2026-11-15',
        holder: 'Test'
      })
    )
    // A real JPEG: Chromium draws a canvas and encodes it.
    await page.goto(app.url)
    const jpegBytes = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(320, 200)
      const g = canvas.getContext('2d')!
      g.fillStyle = '#fff'
      g.fillRect(0, 0, 320, 200)
      g.fillStyle = '#2f7a6d'
      g.fillRect(0, 0, 320, 40)
      g.fillStyle = '#333'
      g.font = '20px sans-serif'
      g.fillText('RECEIPT  0.00 RUB  PAID', 20, 110)
      const blob = await canvas.convertToBlob({ type: 'image/jpeg' })
      return [...new Uint8Array(await blob.arrayBuffer())]
    })
    await writeFile(jpeg, Buffer.from(jpegBytes))

    await page.getByRole('button', { name: 'Start with my number' }).click()
    const form = page.getByRole('dialog')
    await form.getByLabel('Old number').fill('+7 912 345-67-89')
    await form.getByRole('button', { name: 'Save number' }).click()
    await expect(form).toBeHidden()

    const panel = page.locator('[data-proofs]')
    await expect(panel.getByText('No proofs yet')).toBeVisible()
    await panel.locator('input[type=file]').setInputFiles(pdf)
    await expect(panel.locator('[data-proof="MTS agreement.pdf"]')).toContainText(
      'Cancellation agreement'
    )
    await panel.getByLabel('Kind of the next file').first().click()
    await page.keyboard.type('Receipt')
    await page.keyboard.press('Enter')
    await panel.locator('input[type=file]').setInputFiles(jpeg)
    const photo = panel.locator('[data-proof="receipt photo.jpg"]')
    await expect(photo).toContainText('Receipt')
    await photo.getByRole('button', { name: 'Preview receipt photo.jpg' }).click()
    const preview = page.getByRole('dialog').getByRole('img', { name: 'receipt photo.jpg' })
    await expect(preview).toBeVisible()
    expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320)
    await page.screenshot({
      path: 'test-results/screens/proof-preview.png',
      animations: 'disabled'
    })
    await page.keyboard.press('Escape')
    await page.screenshot({
      path: 'test-results/screens/dashboard-proofs.png',
      fullPage: true,
      animations: 'disabled'
    })

    await page.getByRole('link', { name: 'Proofs & archive' }).click()
    await page.getByRole('button', { name: 'Export archive' }).click()
    await expect(page.locator('[data-export="done"]')).toBeVisible()
    await expect(page.locator('[data-verify="intact"]')).toContainText('All 6 files match')
    await page.screenshot({
      path: 'test-results/screens/archive-exported.png',
      fullPage: true,
      animations: 'disabled'
    })

    const downloading = page.waitForEvent('download')
    await page.getByRole('link', { name: /^Download unlinker-proofs-/ }).click()
    const saved = join(dir, 'downloaded.zip')
    await (await downloading).saveAs(saved)
    // Read whole with the ZIP library (unzip -t is proven on the exports in the unit tests).
    const entries = await readEntries(saved)
    // Downloaded: the app says its copy goes, and none stays in the data folder.
    await expect(page.locator('[data-download]')).toContainText(
      'The copy in the data folder is deleted'
    )
    await expect
      .poll(async () => (await readdir(join(app.dataDir, 'exports')).catch(() => [])).length)
      .toBe(0)
    const names = entries.map((e) => e.name).join('\n')
    expect(names).toContain('proofs/79123456789/agreement-')
    expect(names).toContain('receipt photo.jpg')

    // The same archive, checked from the UI as a user would check one they kept.
    await page.getByLabel('Choose an archive to check').setInputFiles(saved)
    // A new action clears the last one's result: only the check's verdict is on screen.
    const checks = page.locator('[data-verify="intact"]')
    await expect(checks).toHaveCount(1)
    await expect(page.locator('[data-export="done"]')).toHaveCount(0)

    const damaged = join(dir, 'damaged.zip')
    const bytes = Buffer.from(await readFile(saved))
    const at = bytes.indexOf(Buffer.from('Agreement on termination'))
    bytes[at]! ^= 0x01
    await writeFile(damaged, bytes)
    await page.getByLabel('Choose an archive to check').setInputFiles(damaged)
    await expect(page.locator('[data-verify="broken"]')).toContainText(
      /altered: proofs\/79123456789\/agreement-/
    )
    await page.screenshot({
      path: 'test-results/screens/archive-broken.png',
      fullPage: true,
      animations: 'disabled'
    })

    // A zip Unlinker never wrote is said to be no Unlinker archive, not a broken one.
    const photos = join(dir, 'holiday-photos.zip')
    await writeZip(photos, [{ name: 'IMG_0001.jpg', data: await readFile(jpeg) }])
    await page.getByLabel('Choose an archive to check').setInputFiles(photos)
    await expect(page.locator('[data-verify="not-archive"]')).toContainText(
      'Not an Unlinker archive'
    )
    await expect(page.locator('[data-verify="broken"]')).toHaveCount(0)
    await page.screenshot({
      path: 'test-results/screens/archive-not-ours.png',
      animations: 'disabled'
    })

    // A proof whose file has gone from the data folder: the rest is exported, and the page
    // names it and says what is wrong.
    const photoFile = createHash('sha256')
      .update(await readFile(jpeg))
      .digest('hex')
    await rm(join(app.dataDir, 'vault', photoFile))
    await page.getByRole('button', { name: 'Export archive' }).click()
    const leftOut = page.locator('[data-left-out]')
    await expect(leftOut).toContainText('1 proof could not be read and is not in the archive')
    await expect(leftOut).toContainText('receipt photo.jpg: missing from the data folder')
    await expect(page.locator('[data-verify="intact"]').first()).toContainText('All 5 files match')
    // The damaged archive's verdict went when the export started.
    await expect(page.locator('[data-verify="broken"]')).toHaveCount(0)
    await page.screenshot({
      path: 'test-results/screens/archive-left-out.png',
      fullPage: true,
      animations: 'disabled'
    })

    // The print view of the report says the same before anyone exports again.
    await page.getByRole('link', { name: 'Printable report' }).click()
    const printLeftOut = page.locator('[data-print-report] [data-left-out]')
    await expect(printLeftOut).toContainText('1 proof would be left out of an export')
    await expect(printLeftOut).toContainText(
      'receipt photo.jpg: the file is missing from the data folder'
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('a new user can try the app with example data', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Try with example data' }).click()
  await expect(page.getByRole('heading', { name: '+7 916 555 01 23', exact: true })).toBeVisible()
  await expect(page.locator('[data-figure="progress"]')).toHaveText('4 of 11')
  await expect(page.locator('[data-proof="MTS termination agreement.pdf"]')).toBeVisible()
  await page.screenshot({
    path: 'test-results/screens/example-dashboard.png',
    fullPage: true,
    animations: 'disabled'
  })

  // The example number was cancelled three weeks ago: its proofs are to be kept a year.
  const receipt = page.locator('[data-proof="receipt.png"]')
  await receipt.getByRole('button', { name: 'Remove receipt.png' }).click()
  await page.getByRole('button', { name: 'Remove', exact: true }).click()
  await expect(page.getByText('This proof should still be kept')).toBeVisible()
  await page.screenshot({
    path: 'test-results/screens/proof-retention-warning.png',
    animations: 'disabled'
  })
  await page.getByRole('button', { name: 'Keep it' }).click()
  await expect(receipt).toBeVisible()
  await receipt.getByRole('button', { name: 'Remove receipt.png' }).click()
  await page.getByRole('button', { name: 'Remove', exact: true }).click()
  await page.getByRole('button', { name: 'Remove anyway' }).click()
  await expect(receipt).toBeHidden()
  await page.reload()
  await expect(page.locator('[data-proof="MTS termination agreement.pdf"]')).toBeVisible()
  await expect(receipt).toBeHidden()
})
