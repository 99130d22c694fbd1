import { Notification, type BrowserWindow } from 'electron'
import { uiLanguageOf, type UiLanguage } from '../shared/domain/preferences'
import type { ReminderNotice } from '../shared/domain/reminders'
import type { UnlinkerCore } from '../core/unlinker-core'

const DAY_MS = 24 * 60 * 60 * 1000
/** While the data is locked or unreadable, look again a little later. */
const RETRY_MS = 10 * 60 * 1000

/** The system's language among those the app speaks: used until one is chosen in Settings. */
export function notificationLanguage(locale: string): UiLanguage {
  return uiLanguageOf(locale)
}

/**
 * Shows each due reminder once as a system notification: at start, then once a day while
 * the app runs. What is due and what was shown already is decided in core; this only
 * shows and records. No network request: Notification is local.
 */
export function startReminderNotifications(
  core: () => UnlinkerCore | null,
  window: () => BrowserWindow | null,
  locale: string
): () => void {
  let timer: NodeJS.Timeout | null = null
  const systemLanguage = notificationLanguage(locale)

  // Held until closed: a notification collected early loses its click handler.
  const showing = new Set<Notification>()
  const show = (notice: ReminderNotice): void => {
    const notification = new Notification({ title: notice.title, body: notice.body })
    showing.add(notification)
    notification.on('close', () => showing.delete(notification))
    notification.on('click', () => {
      const win = window()
      if (!win) return
      if (win.isMinimized()) win.restore()
      win.focus()
    })
    notification.show()
  }

  const check = async (): Promise<void> => {
    const current = core()
    if (!current || !Notification.isSupported()) return schedule(DAY_MS)
    // The language chosen in Settings, read at each check: it may change while the app runs.
    const preferences = await current.invoke('getPreferences', {})
    const chosen = preferences.ok ? preferences.data.language : null
    const language = chosen ?? systemLanguage
    const pending = await current.invoke('pendingNotifications', { language })
    if (!pending.ok) return schedule(RETRY_MS)
    const notices = pending.data
    for (const notice of notices) show(notice)
    if (notices.length > 0)
      await current.invoke('markRemindersNotified', { ids: notices.map((n) => n.id) })
    schedule(DAY_MS)
  }

  const schedule = (ms: number): void => {
    timer = setTimeout(() => void check(), ms)
  }

  void check()
  return () => {
    if (timer) clearTimeout(timer)
  }
}
