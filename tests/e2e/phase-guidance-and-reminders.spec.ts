import { readFile } from 'node:fs/promises'
import { CRITICAL, HIGH, seedPhaseFolder } from '../support/phase-seed'
import type { CaseView } from '../../src/shared/domain/case'
import { callFromPage, expect, holdAnswers, test } from './web-app'

test('a planning case with four critical accounts is warned what cancelling would lock it out of', async ({
  page,
  app
}) => {
  await app.stop()
  seedPhaseFolder(app.dataDir, 'planning')
  // Main's answer about the reminders is held back: until it comes, the card must not
  // claim there are none (they come "once a cancellation date is filled in", and this
  // number has one).
  const answers = await holdAnswers(page, 'listReminders')
  await page.goto(await app.start())
  const reminders = page.locator('[data-card="reminders"]')
  await expect(reminders).toBeVisible()
  await expect.poll(answers.held).toBeGreaterThan(0)
  await expect(reminders).toHaveAttribute('aria-busy', 'true')
  await expect(reminders.getByText('No reminders yet')).toHaveCount(0)
  await answers.release()
  await expect(reminders.locator('[data-reminder="peopleToNotify"]')).toBeVisible()
  await expect(reminders).toHaveAttribute('aria-busy', 'false')

  const banner = page.locator('[data-phase="planning"]')
  await expect(banner.getByRole('heading', { name: 'Move these first, cancel last' })).toBeVisible()
  // Hand-added accounts say nothing of the old SIM: the critical ones must be done first.
  await expect(banner.locator('[data-warning="locked-out"]')).toHaveText(
    new RegExp(
      `^4 accounts still need the old SIM; cancelling on .+ would lock you out of: ${CRITICAL.join(', ')}$`
    )
  )
  // Ozon only sends notifications, Telegram is a way in without money or mail behind it.
  await expect(banner.getByText('Ozon')).toBeHidden()
  await expect(banner.getByText(HIGH)).toBeHidden()

  // The plan: the mailbox first, then money, the state portal, the messenger, the rest.
  const plan = page.locator('[data-card="plan"]')
  await expect(plan.locator('[data-group]')).toHaveCount(5)
  await expect(plan.locator('[data-plan-item] a')).toHaveText([...CRITICAL, HIGH, 'Ozon'])
  await expect(
    plan.locator('[data-plan="state-actions"]').getByRole('heading', {
      name: 'State checks before cancelling'
    })
  ).toBeVisible()
})

test('a cancelled case shows both clocks with their sources, and its reminders download as one calendar', async ({
  page,
  app
}) => {
  await app.stop()
  seedPhaseFolder(app.dataDir, 'cancelled')
  await page.goto(await app.start())
  const banner = page.locator('[data-phase="cancelled"]')
  await expect(banner.getByRole('heading', { name: /^Cancelled \d+ days ago$/ })).toBeVisible()
  const byCancellation = banner.locator('[data-clock="cancellation"]')
  await expect(byCancellation.getByText(/^May go to someone else from /)).toBeVisible()
  await expect(byCancellation.getByRole('link', { name: 'gazeta.ru' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.gazeta\.ru\//
  )
  const byInactivity = banner.locator('[data-clock="inactivity"]')
  await expect(
    byInactivity.getByText(/^90 days without use may end the contract on /)
  ).toBeVisible()
  await expect(byInactivity.getByRole('link', { name: 'rbc.ru' })).toBeVisible()

  // Once cancelled the state checks are no longer "before cancelling".
  await expect(
    page.locator('[data-plan="state-actions"]').getByRole('heading', {
      name: 'State checks still worth doing'
    })
  ).toBeVisible()

  const card = page.locator('[data-card="reminders"]')
  const listed = card.locator('[data-reminder]')
  await expect(listed.first()).toBeVisible()
  const count = await listed.count()
  expect(count).toBeGreaterThanOrEqual(5)
  await expect(card.locator('[data-reminder="peopleToNotify"]')).toContainText(
    'Tell 2 people your new number'
  )

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Add to my calendar' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/^unlinker-reminders-\d{4}-\d{2}-\d{2}\.ics$/)
  const text = await readFile(await download.path(), 'utf8')
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(count)
  expect(text).toContain('SUMMARY:Tell 2 people your new number')
})

test('a number possibly reassigned is urgent, with the critical accounts first', async ({
  page,
  app
}) => {
  await app.stop()
  seedPhaseFolder(app.dataDir, 'possiblyReassigned')
  await page.goto(await app.start())
  const banner = page.locator('[data-phase="possiblyReassigned"]')
  await expect(
    banner.getByRole('heading', { name: '+7 912 345 67 89 may already belong to someone else' })
  ).toBeVisible()
  await expect(banner.locator('[data-list="critical"]').getByRole('link')).toHaveText([...CRITICAL])
  await expect(banner.getByText(/^1 account you can’t get into/)).toBeVisible()
})

test('a new case says what to add first, and a finished one what remains', async ({
  page,
  app
}) => {
  await app.stop()
  seedPhaseFolder(app.dataDir, 'empty')
  await page.goto(await app.start())
  // Nothing listed is never "safe": the banner and the plan both say nothing is known yet.
  await expect(
    page.locator('[data-phase="planning"]').getByText(/^You have not listed any accounts yet: /)
  ).toBeVisible()
  const empty = page.locator('[data-state="empty"]')
  await expect(empty.getByText('You have not listed any accounts yet.')).toBeVisible()
  await expect(empty.getByText(/from the catalog/)).toBeVisible()
  await expect(empty.getByText(/password manager export/)).toBeVisible()
  await expect(empty.getByText(/from your contacts/)).toBeVisible()
  await empty.getByRole('button', { name: 'Open Accounts' }).click()
  await expect(page.getByRole('button', { name: 'Pick services from the catalog' })).toBeVisible()
  await page.goBack()
  await expect(page.getByText('Nothing left to do')).toBeHidden()

  await app.stop()
  const { rm } = await import('node:fs/promises')
  await rm(app.dataDir, { recursive: true, force: true })
  seedPhaseFolder(app.dataDir, 'finished')
  await page.goto(await app.start())
  const finished = page.locator('[data-state="finished"]')
  await expect(finished.getByText('Every listed account is done')).toBeVisible()
  await expect(finished.getByText(/^Keep the proofs until /)).toBeVisible()
  await expect(finished.getByText(/^The number may go to someone else from /)).toBeVisible()
})

test('the People page offers the message with the new number, copies it, and marks a person sent', async ({
  page,
  app,
  context
}) => {
  await app.stop()
  seedPhaseFolder(app.dataDir, 'cancelled')
  const url = await app.start()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(url).origin
  })
  await page.goto(url)
  // The dashboard counts people as it counts accounts: those done, of all.
  const people = page.locator('[data-figure="people"]')
  await expect(people).toContainText('People notified')
  await expect(people).toContainText('0 of 2')
  await page.getByRole('link', { name: 'People' }).click()
  const card = page.locator('[data-card="people-message"]')
  const message = card.locator('[data-message="new-number"]')
  // A Russian number's people are written to in Russian by default, the app being English;
  // it was cancelled ten days ago, so it says since when it no longer works.
  await expect(message).toHaveValue(
    /^Привет! У меня новый номер телефона: \+44 7911 123456\. Старый, \+7 912 345 67 89, не работает с /
  )
  await card.locator('[data-language="en"]').click()
  await expect(message).toHaveValue(
    /\n\nHi! I have a new phone number: \+44 7911 123456\. My old one, \+7 912 345 67 89, no longer works since /
  )
  await expect(card.getByText('0 of 2 told')).toBeVisible()
  await card.getByRole('button', { name: 'Copy message' }).click()
  await expect(page.getByText('Message copied')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('+44 7911 123456')

  const mum = page.locator('[data-person="Mum"]')
  await mum.getByRole('button', { name: 'Mark sent' }).click()
  await expect(mum.getByText(/^Notified · /)).toBeVisible()
  // The row's button undoes, rather than naming the status the tag beside it contradicts.
  await expect(mum.getByRole('button', { name: 'Undo: mark not sent' })).toBeVisible()
  await expect(mum.getByRole('button', { name: /^Not notified/ })).toHaveCount(0)
  await expect(card.getByText('1 of 2 told')).toBeVisible()
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
  await expect(people).toContainText('1 of 2')
  await page.getByRole('link', { name: 'People', exact: true }).click()
  await page.getByRole('button', { name: 'Undo: mark not sent' }).click()
  await expect(mum.getByText('To notify', { exact: true })).toBeVisible()
  await expect(card.getByText('0 of 2 told')).toBeVisible()
})

test('a number kept abroad shows its last safe day, and “I used it today” moves it on', async ({
  page,
  app
}) => {
  const day = (offset: number): string => {
    const date = new Date()
    date.setDate(date.getDate() + offset)
    const pad = (n: number): string => String(n).padStart(2, '0')
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  }
  const written = (date: string): string =>
    new Date(`${date}T00:00:00`).toLocaleDateString('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric'
    })
  await page.goto(app.url)
  await callFromPage<CaseView>(page, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    status: 'planned',
    keptAbroad: true,
    lastUseDate: day(-60)
  })
  await page.reload()
  // 90 days unused may end a Russian contract: the day before the 90th is the last safe one.
  const kept = page.locator('[data-kept-abroad]')
  await expect(kept).toContainText(`Kept abroad: use it by ${written(day(29))}`)
  await kept.getByRole('button', { name: 'I used it today' }).click()
  await expect(kept).toContainText(`Kept abroad: use it by ${written(day(89))}`)
  const [saved] = await callFromPage<CaseView[]>(page, 'listCases', {})
  expect(saved!.lastUseDate).toBe(day(0))
})
