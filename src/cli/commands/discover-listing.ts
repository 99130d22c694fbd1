import type { CaseView } from '../../shared/domain/case'
import type { Discovery, GenericColumns } from '../../shared/domain/discovery'
import type { PlannedCandidate } from '../../shared/domain/import-plan'
import { localName } from '../../shared/catalog/catalog-values'
import { translate } from '../../core/i18n/messages'
import type { UiLanguage } from '../../shared/domain/preferences-values'
import type { SpokenIo } from '../cli-io'
import { columnsOf, padColumn, type Say } from '../cli-text'
import { numbersList, simLine } from './discover-choices'
import { alreadyTracked, newServices, type Applied, type View } from './discover-view'

// What `unlinker discover` prints for people to read; discover-view.ts has the JSON.

/** Where a service goes, for the number column: the number, or what is missing. */
function goesTo(c: PlannedCandidate, cases: readonly CaseView[], say: Say): string {
  if (!c.target) return c.sim !== null && c.sim !== undefined ? `SIM ${c.sim}?` : '--number?'
  const found = cases.find((x) => x.id === c.target)
  return found?.display || found?.carrier || say('discover.newNumber')
}

/** What a dry run or --apply prints: the services found, each with its number and evidence. */
export function listingOf(
  view: View,
  { language, say }: Pick<SpokenIo, 'language' | 'say'>
): string {
  const { discovery: found, plan, cases, likely, tracked, unrecorded, applied } = view
  if (found.sms) return describeSms(view, { language, say })
  const services = newServices(plan)
  const several = cases.length > 1
  const lines = [
    say('discover.read', {
      format: found.format,
      count: services.length,
      tracked: alreadyTracked(plan)
    }),
    readLine(found, say, language)
  ]
  if (found.columns) lines.push(genericLine(found.columns, say))
  // The two words share a column as wide as the wider of them in this language.
  const kinds = { known: say('discover.inCatalog'), unknown: say('discover.unknown') }
  const kindWidth = Math.max(columnsOf(kinds.known), columnsOf(kinds.unknown))
  for (const c of services) {
    const flags = `${c.numbers.length ? '!' : c.onNewNumber.length ? '>' : ' '}`
    const number = several ? `  ${padColumn(goesTo(c, cases, say), 20)}` : ''
    const kind = padColumn(c.catalogId ? kinds.known : kinds.unknown, kindWidth)
    const logins = padColumn(say('discover.logins', { count: c.evidence.logins }), 11)
    lines.push(
      `  ${flags} ${padColumn(localName(c, language), 32)} ${kind} ${c.smsOrCall ? 'SMS' : '   '}  ${logins}${number}`.trimEnd()
    )
  }
  lines.push(`  ${say(several ? 'discover.legendSeveral' : 'discover.legend')}`)
  if (tracked.length > 0) {
    lines.push(say(several ? 'discover.trackedTitleSeveral' : 'discover.trackedTitle'))
    for (const t of tracked) {
      const recorded = say(t.loginRecorded ? 'discover.loginRecorded' : 'discover.loginNotRecorded')
      const number = several && t.number ? `  ${displayOf(t.number, cases)}` : ''
      lines.push(`  ! ${padColumn(t.name, 32)} ${recorded}${number}`)
    }
  }
  lines.push(...outcome(view, likely.length, unrecorded.length, applied, say))
  return `${lines.join('\n')}\n`
}

/** A message export: its SIMs, each service's evidence and number, unknown senders, people. */
function describeSms(view: View, { language, say }: Pick<SpokenIo, 'language' | 'say'>): string {
  const { discovery: found, plan, cases, likely, applied } = view
  const sms = found.sms!
  const several = cases.length > 1
  const services = newServices(plan)
  const lines = [
    say(several ? 'discover.smsReadSeveral' : 'discover.smsRead', {
      count: sms.messages,
      format: found.format,
      received: sms.received,
      services: services.length,
      tracked: alreadyTracked(plan)
    })
  ]
  if (sms.sims.length > 1) {
    lines.push(say('discover.simsTitle'))
    for (const sim of sms.sims) lines.push(`  ${simLine(sim, say)}`)
  }
  for (const c of services) {
    const e = c.sms
    if (!e) continue
    const what =
      e.codes > 0
        ? say('discover.smsCodes', { count: e.codes, messages: e.messages })
        : say('discover.smsMessages', { count: e.messages })
    const number = several || sms.sims.length > 1 ? `  ${goesTo(c, cases, say)}` : ''
    const last = say('discover.smsLast', { date: e.last ?? say('discover.undated') })
    lines.push(
      `    ${padColumn(localName(c, language), 32)} ${padColumn(what, 28)} ${last}${number}`
    )
  }
  if (plan.unknownSenders.length > 0) {
    lines.push(say('discover.unknownSenders'))
    for (const u of plan.unknownSenders) {
      // A shared sender: the message did not say which of its services it was for.
      const which = u.maybe
        ? ` ${say('discover.oneOf', { services: u.maybe.map((m) => localName(m, language)).join(', ') })}`
        : ''
      lines.push(
        `    ${padColumn(u.sender, 32)} ${say('discover.smsMessages', { count: u.messages })}${which}`
      )
    }
  }
  if (sms.people.length > 0)
    lines.push(
      say(several ? 'discover.peopleSeveral' : 'discover.people', { count: sms.people.length })
    )
  lines.push(...outcome(view, likely.length, 0, applied, say))
  return `${lines.join('\n')}\n`
}

/** The dry run's offer, with the choices still to make, or what --apply did. */
function outcome(
  view: View,
  likely: number,
  unrecorded: number,
  applied: Applied | null,
  say: Say
): string[] {
  const several = view.cases.length > 1
  if (applied) {
    if (applied.added.length === 0 && applied.loginRecorded.length === 0)
      return [say('discover.nothing')]
    const lines = [say('discover.added', { count: applied.added.length })]
    if (applied.loginRecorded.length > 0)
      lines.push(
        say(several ? 'discover.loginsRecordedSeveral' : 'discover.loginsRecorded', {
          count: applied.loginRecorded.length
        })
      )
    return lines
  }
  const lines = [
    unrecorded > 0
      ? say(several ? 'discover.dryRunBothSeveral' : 'discover.dryRunBoth', {
          count: likely,
          tracked: unrecorded
        })
      : say('discover.dryRun', { count: likely })
  ]
  const { plan, cases } = view
  const numbers = numbersList(cases, say)
  if (plan.unansweredSims.length > 0) lines.push(say('discover.beforeApplySims', { numbers }))
  else if (plan.needsNumber && cases.length > 1)
    lines.push(say('discover.beforeApplyNumber', { numbers }))
  return lines
}

function displayOf(e164: string, cases: readonly CaseView[]): string {
  return cases.find((c) => c.number === e164)?.display ?? e164
}

/** Which columns a generic CSV was read by, so a wrong guess shows. */
function genericLine({ url, name, login }: GenericColumns, say: Say): string {
  const used = [say('discover.columnUrl', { column: url })]
  if (name) used.push(say('discover.columnName', { column: name }))
  if (login) used.push(say('discover.columnLogin', { column: login }))
  return say('discover.generic', { columns: used.join(', ') })
}

/** "12 items read, 9 logins; skipped: 2 notes, 1 card, 1 row that could not be read." */
function readLine({ counts }: Discovery, say: Say, language: UiLanguage): string {
  const { notes, cards, identities, other, unreadable } = counts.skipped
  const parts = [
    [notes, 'notes'],
    [cards, 'cards'],
    [identities, 'identities'],
    [other, 'other'],
    [unreadable, 'unreadable']
  ] as const
  const skipped = parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => say(`discover.skipped.${what}`, { count: n }))
  const read = { count: counts.items, logins: counts.logins }
  return skipped.length > 0
    ? say('discover.itemsSkipped', {
        ...read,
        skipped: skipped.join(translate(language, 'common.listSeparator'))
      })
    : say('discover.items', read)
}
