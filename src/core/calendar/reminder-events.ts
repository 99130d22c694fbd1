import { localName } from '../../shared/catalog/catalog-values'
import { formatPhone } from '../../shared/domain/phone'
import { reminderKeys, remindersFor, type Reminder } from '../../shared/domain/reminders'
import { appCatalog } from '../catalog/catalog'
import { translate } from '../i18n/messages'
import { carrierName, countryClocks } from '../knowledge/cancellation-guide'
import { appKnowledge } from '../knowledge/knowledge'
import { planningInput, stateActionTitle } from '../plan/plan-input'
import type { StoreData } from '../store/schema'
import { icsText, type CalendarEvent } from './ics'

/** Every case's reminders on its country's clocks and plan, earliest first. */
export function allReminders(data: StoreData, today: string): Reminder[] {
  const knowledge = appKnowledge()
  return data.cases
    .flatMap((c) =>
      remindersFor(
        c,
        data.accounts,
        data.people,
        data.proofs,
        today,
        countryClocks(knowledge, c.country),
        planningInput(c.country, knowledge)
      )
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

function dayIn(language: string, date: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`)
  )
}

/** The accounts and state checks a reminder is about, by name in a language, in plan order. */
function namesIn(data: StoreData, r: Reminder, language: string, country: string): string {
  const catalog = appCatalog()
  const accounts = (r.accounts ?? []).flatMap((id) => {
    const account = data.accounts.find((a) => a.id === id)
    if (!account) return []
    const entry = account.catalogId ? catalog.find(account.catalogId) : undefined
    return [entry ? localName(entry, language) : account.name]
  })
  const actions = (r.actions ?? []).map((id) =>
    stateActionTitle(appKnowledge(), country, id, language)
  )
  return [...accounts, ...actions].join(translate(language, 'common.listSeparator'))
}

/** What a reminder says in a language: a title and a sentence of detail. */
export function reminderTexts(
  data: StoreData,
  r: Reminder,
  language: string
): { title: string; body: string } {
  const c = data.cases.find((x) => x.id === r.caseId)
  const number =
    formatPhone(c?.number ?? null) || carrierName(appKnowledge(), c?.carrier ?? '') || '—'
  const params = {
    number,
    count: r.count ?? 0,
    date: dayIn(language, r.about ?? r.date),
    names: namesIn(data, r, language, c?.country ?? '')
  }
  const keys = reminderKeys(r)
  return {
    title: translate(language, keys.title, params),
    body: translate(language, keys.detail, params)
  }
}

/**
 * The reminders as an iCalendar file in the user's language: one all-day event each,
 * with a stable UID so importing it again updates the same events. A day already past is
 * left out: a calendar would only show it as missed.
 */
export function calendarFile(
  data: StoreData,
  language: string,
  today: string,
  now: Date
): { fileName: string; text: string; events: number } {
  const events: CalendarEvent[] = allReminders(data, today)
    .filter((r) => r.date >= today)
    .map((r) => {
      const { title, body } = reminderTexts(data, r, language)
      return { uid: `${r.id}@unlinker`, date: r.date, summary: title, description: body }
    })
  return {
    fileName: `unlinker-reminders-${today}.ics`,
    text: icsText(events, now, translate(language, 'reminders.calendarName')),
    events: events.length
  }
}
