import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

/** A clock the test moves, as days pass while the app runs. */
function clock(start: string) {
  let now = new Date(`${start}T09:00:00Z`)
  return {
    now: () => now,
    to: (day: string) => (now = new Date(`${day}T09:00:00Z`))
  }
}

async function cancelledOn(day: string, start: string, dir?: string) {
  const time = clock(start)
  const folder = dir ?? (await tempDir())
  const core = await openCore(folder, time.now)
  const c = await must(core, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    carrier: 'mts',
    status: 'confirmed',
    cancellationDate: day
  })
  return { core, time, folder, caseId: c.id }
}

/** What the desktop glue does at each check: ask, show, record. */
async function check(core: Awaited<ReturnType<typeof openCore>>, language = 'en') {
  const notices = await must(core, 'pendingNotifications', { language })
  if (notices.length > 0)
    await must(core, 'markRemindersNotified', { ids: notices.map((n) => n.id) })
  return notices
}

describe('reminder notifications', () => {
  it('notifies nothing before a reminder is due', async () => {
    // Cancelled 2026-12-01: the reissue warning is due 2027-01-16, the day 2027-01-30.
    const { core } = await cancelledOn('2026-12-01', '2026-12-02')
    expect(await check(core)).toEqual([])
  })

  it('notifies a reminder on its day, once, and not again at the next daily check', async () => {
    const { core, time } = await cancelledOn('2026-12-01', '2026-12-02')
    time.to('2027-01-16')
    const first = await check(core)
    expect(first.map((n) => n.title)).toEqual([
      '+7 912 345 67 89 may go to a new owner from January 30, 2027'
    ])
    expect(first[0]!.body).toMatch(/Move every account/)
    expect(await check(core)).toEqual([])
    time.to('2027-01-17')
    expect(await check(core)).toEqual([])
    // The reissue day is a reminder of its own.
    time.to('2027-01-30')
    expect((await check(core)).map((n) => n.id)).toEqual([expect.stringMatching(/^reissueDay-/)])
    expect(await check(core)).toEqual([])
  })

  it('remembers what was notified across a restart of the app', async () => {
    const { core, time, folder } = await cancelledOn('2026-12-01', '2027-01-16')
    expect(await check(core)).toHaveLength(1)
    await closeCore(core)
    const stored = JSON.parse(await readFile(join(folder, 'unlinker.json'), 'utf8'))
    expect(stored.notifiedReminders).toEqual([expect.stringMatching(/^reissueSoon-/)])
    const again = await openCore(folder, time.now)
    expect(await must(again, 'pendingNotifications', { language: 'en' })).toEqual([])
  })

  it('tells about people to notify once after the cancellation, not every day', async () => {
    const { core, time, caseId } = await cancelledOn('2026-12-01', '2026-12-02')
    await must(core, 'createPerson', { caseId, name: 'Мама' })
    const first = await check(core, 'ru')
    expect(first.map((n) => n.title)).toEqual(['Сообщите новый номер 1 человеку'])
    time.to('2026-12-03')
    // The reminder's own day follows today, but it is the same reminder.
    expect(await check(core, 'ru')).toEqual([])
  })

  it('leaves out reminders long past when the app first sees them', async () => {
    // Cancelled a year ago: the reissue dates are months back, only retention is due now.
    const { core } = await cancelledOn('2025-11-20', '2026-11-20')
    expect((await check(core)).map((n) => n.id)).toEqual([expect.stringMatching(/^retentionEnds-/)])
  })

  it('marking twice records once, and marking nothing new writes nothing', async () => {
    const { core } = await cancelledOn('2026-12-01', '2027-01-16')
    const [notice] = await must(core, 'pendingNotifications', { language: 'zh-CN' })
    expect(notice!.title).toContain('+7 912 345 67 89')
    expect(await must(core, 'markRemindersNotified', { ids: [notice!.id, notice!.id] })).toEqual({
      marked: 1
    })
    const writes = core.diskWrites
    expect(await must(core, 'markRemindersNotified', { ids: [notice!.id] })).toEqual({
      marked: 0
    })
    expect(core.diskWrites).toBe(writes)
  })
})
