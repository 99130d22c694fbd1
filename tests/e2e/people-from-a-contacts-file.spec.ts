import { join } from 'node:path'
import { expect, startWithNumber, test } from './web-app'

const CONTACTS = join(__dirname, '../fixtures/exports/contacts.vcf')

test('a user imports a contacts file and adds the people they tick', async ({ page, app }) => {
  await page.goto(app.url)
  await startWithNumber(page, '+7 912 345-67-89')
  await page.getByRole('link', { name: 'People', exact: true }).click()

  await page.getByRole('button', { name: 'Import contacts (.vcf)' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Choose the .vcf file').setInputFiles(CONTACTS)
  const list = dialog.getByRole('list', { name: 'Pick people from your contacts' })
  await expect(list.getByText('Мама')).toBeVisible()
  // Name and number apart, on screen and to a screen reader.
  await expect(list.getByRole('checkbox').first()).toHaveAccessibleName(/^Мама ?, \+7/)
  await list.getByRole('checkbox').first().click()
  await page.screenshot({
    path: 'test-results/screens/contacts-review.png',
    animations: 'disabled'
  })
  await dialog.getByRole('button', { name: 'Add 1 person' }).click()

  await expect(dialog).toBeHidden()
  await expect(page.getByText('Added 1 person')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit Мама' })).toBeVisible()
  // Kept by the server: a reload shows the same person.
  await page.reload()
  await expect(page.getByRole('button', { name: 'Edit Мама' })).toBeVisible()
})
