import { beforeEach, describe, expect, it, vi } from 'vitest'
import { asElectronWindow, BrowserWindow, Notification } from '../../support/fake-electron'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'
import {
  notificationLanguage,
  startReminderNotifications
} from '../../../src/main/reminder-notifications'

vi.mock('electron', () => import('../../support/fake-electron'))

/** Cancelled on 2026-12-01: on 2027-01-16 the warning that the number may be reissued is due. */
async function coreWithADueReminder() {
  const core = await openCore(await tempDir(), () => new Date('2027-01-16T09:00:00Z'))
  await must(core, 'createCase', {
    number: '+7 912 345-67-89',
    country: 'RU',
    carrier: 'mts',
    status: 'confirmed',
    cancellationDate: '2026-12-01'
  })
  return core
}

describe('reminders as system notifications', () => {
  beforeEach(() => {
    Notification.shown.length = 0
    Notification.supported = true
  })

  it('speaks the system’s language', () => {
    expect(notificationLanguage('ru-RU')).toBe('ru')
    expect(notificationLanguage('zh-TW')).toBe('zh-CN')
    expect(notificationLanguage('de-DE')).toBe('en')
  })

  it('shows a due reminder at start, in that language, and records it as shown', async () => {
    const core = await coreWithADueReminder()
    const window = new BrowserWindow({})
    window.minimized = true
    const stop = startReminderNotifications(
      () => core,
      () => asElectronWindow(window),
      'ru-RU'
    )
    await vi.waitFor(() => expect(Notification.shown).toHaveLength(1))
    const shown = Notification.shown[0]!
    expect(shown.options.title).toMatch(/\+7 912 345 67 89/)
    expect(shown.options.title).toMatch(/[а-я]/)
    await vi.waitFor(async () =>
      expect(await must(core, 'pendingNotifications', { language: 'ru' })).toEqual([])
    )
    shown.emit('click')
    expect(window.minimized).toBe(false)
    expect(window.focused).toBe(true)
    stop()
  })

  it('speaks the language chosen in Settings rather than the system’s', async () => {
    const core = await coreWithADueReminder()
    await must(core, 'setPreferences', { language: 'zh-CN' })
    const stop = startReminderNotifications(
      () => core,
      () => null,
      'ru-RU'
    )
    await vi.waitFor(() => expect(Notification.shown).toHaveLength(1))
    expect(Notification.shown[0]!.options.title).toMatch(/[\u4e00-\u9fff]/)
    expect(Notification.shown[0]!.options.title).not.toMatch(/[а-я]/)
    stop()
  })

  it('shows nothing while the system cannot show notifications', async () => {
    const core = await coreWithADueReminder()
    Notification.supported = false
    const stop = startReminderNotifications(
      () => core,
      () => null,
      'en-US'
    )
    await new Promise((resolve) => setImmediate(resolve))
    stop()
    expect(Notification.shown).toHaveLength(0)
    expect(await must(core, 'pendingNotifications', { language: 'en' })).toHaveLength(1)
  })
})
