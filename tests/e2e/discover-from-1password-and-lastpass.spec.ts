import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PASSWORD_EXPORTS, onePux } from '../support/password-export-zips'
import { expect, startWithNumber, test } from './web-app'

const SECRETS = /PLANTED|otpauth|4111111111111111|IVAN PETROV/

test('a 1Password .1pux and a LastPass CSV are read in the dialog, which says what was skipped', async ({
  page,
  app
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'unlinker-1pux-'))
  try {
    const pux = join(dir, '1PasswordExport-ABCDEFGHIJKLMNOPQRSTUVWXYZ-20260301-101500.1pux')
    await writeFile(pux, await onePux())
    await page.goto(app.url)
    await startWithNumber(page, '+7 912 345-67-89')
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()

    await page.getByRole('button', { name: 'Find accounts in a file' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Choose the export file').setInputFiles(pux)
    await expect(dialog.getByText(/^Found \d+ services\./)).toBeVisible({ timeout: 30_000 })
    const counts = dialog.locator('[data-export-counts]')
    await expect(counts).toHaveText(
      '8 items read, 4 logins. Skipped: notes 1, cards 1, identities 1, other items 1.'
    )
    // The phone number in the Gosuslugi login's fields is the old number.
    await expect(dialog.locator('[data-candidate="Gosuslugi"]')).toContainText(
      'logs in with the old number'
    )
    await expect(dialog).not.toContainText(SECRETS)
    await page.screenshot({
      path: 'test-results/screens/discover-1pux-counts.png',
      animations: 'disabled'
    })
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()

    await page.getByRole('button', { name: 'Find accounts in a file' }).click()
    await dialog
      .getByLabel('Choose the export file')
      .setInputFiles(join(PASSWORD_EXPORTS, 'lastpass.csv'))
    // Read in a worker thread: on a busy machine the answer may take a while.
    await expect(dialog.getByText(/^Found \d+ services\./)).toBeVisible({ timeout: 30_000 })
    await expect(counts).toHaveText(
      '7 items read, 3 logins. Skipped: notes 1, cards 1, identities 1, other items 1.'
    )
    // Secure notes, cards and folders are not services.
    for (const name of ['sn', 'Wi-Fi', 'Visa', 'Passport'])
      await expect(dialog.locator(`[data-candidate="${name}"]`)).toHaveCount(0)
    await expect(dialog.locator('[data-candidate="VK"]')).toContainText(
      'logs in with the old number'
    )
    await expect(dialog).not.toContainText(SECRETS)
    await page.screenshot({
      path: 'test-results/screens/discover-lastpass-counts.png',
      animations: 'disabled'
    })
    const store = await readFile(join(app.dataDir, 'unlinker.json'), 'utf8')
    expect(store).not.toMatch(SECRETS)

    // A file that is no export is refused in the message files' words: what is read, and
    // how the most common managers export (the core's own sentence begins otherwise).
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    await page.getByRole('button', { name: 'Find accounts in a file' }).click()
    const notes = join(dir, 'expenses.csv')
    await writeFile(notes, 'id;title;amount\n1;Coffee;3\n')
    await dialog.getByLabel('Choose the export file').setInputFiles(notes)
    const refused = dialog.getByRole('alert').filter({ hasText: 'This file could not be read' })
    await expect(refused).toContainText(
      'This file is not a password manager export that Unlinker knows. It reads the exports of Bitwarden,',
      { timeout: 30_000 }
    )
    await expect(refused).toContainText(
      'From 1Password 8: File → Export, and keep the 1PUX format.'
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
