import { resolve } from 'node:path'
import { NumberMatcher } from '../../core/discover/folder-numbers'
import { DomainError } from '../../core/errors'
import type { UnlinkerCore } from '../../core/unlinker-core'
import type { CaseView } from '../../shared/domain/case'
import type { Discovery, GenericColumns, SimGroup } from '../../shared/domain/discovery'
import {
  isLikely,
  NOT_MINE,
  pickOf,
  planImport,
  trackedEvidenceOf,
  trackedOnNumber,
  type ImportChoices,
  type ImportPlan,
  type PlannedCandidate,
  type TrackedOnNumber
} from '../../shared/domain/import-plan'
import { localName } from '../../shared/catalog/catalog-values'
import { translate } from '../../core/i18n/messages'
import type { UiLanguage } from '../../shared/domain/preferences-values'
import { writeJson, writeLine, type SpokenIo } from '../cli-io'
import { columnsOf, padColumn, type Say } from '../cli-text'
import { refusalText } from '../refusal-code'
import { terminalText, terminalValue } from '../terminal-text'
import { EXIT } from '../exit-codes'
import { openCore } from '../with-core'

export interface DiscoverOptions {
  apply: boolean
  json: boolean
  /** --number: where entries without evidence go, in any spelling of a folder number. */
  number?: string
  /** --sim SUB_ID=NUMBER (or SUB_ID=not-mine), once per SIM of a message backup. */
  sims: string[]
}

/** What --apply changed: accounts added, and tracked ones now recording the login. */
interface Applied {
  added: Array<{ id: string; name: string; catalogId: string | null; number: string | null }>
  loginRecorded: Array<{ accountId: string; name: string }>
}

/** A refusal of the command line as typed: exit 2, nothing changed. */
class UsageRefusal extends Error {}

/**
 * `unlinker discover FILE [--data DIR] [--number NUMBER] [--sim SUB_ID=NUMBER]… [--apply]
 * [--json]`: lists what a password export or a message backup shows, for every number of
 * the folder. A dry run by default; --apply adds the likely ones, each to the number its
 * evidence names (a login that spells it, the SIM its messages came to) and the rest to
 * --number, joins what a number already has, and records the number as the login of
 * services already in the list. With several numbers, --apply refuses (exit 2, nothing
 * changed) until every entry has a number and every SIM is mapped, and names the choices.
 * Only names and domains are printed, never a login, item name, message or secret.
 */
export async function discoverCommand(
  io: SpokenIo,
  file: string,
  dataDir: string,
  options: DiscoverOptions
): Promise<number> {
  // As the desktop app does, the export is read by its path; web mode takes only uploads.
  const core = await openCore(dataDir, io, 'electron')
  try {
    const { say } = io
    const listed = await core.invoke('listCases', {})
    if (!listed.ok) throw new DomainError(listed.error.code, listed.error.message)
    const cases = listed.data
    const matcher = new NumberMatcher(cases)
    let chosen: string | null
    let simAnswers: Record<string, string>
    try {
      chosen = options.number ? numberOf(options.number, cases, matcher, say) : onlyCase(cases)
      simAnswers = simsOf(options.sims, cases, matcher, say)
    } catch (error) {
      if (!(error instanceof UsageRefusal)) throw error
      await writeLine(io.stderr, `unlinker: ${terminalText(error.message)}`)
      return EXIT.usage
    }

    const answer = await core.invoke('discoverAccounts', { source: { path: resolve(file) } })
    if (!answer.ok) {
      const refusal = new DomainError(answer.error.code, answer.error.message, answer.error.reason)
      await writeLine(io.stderr, `unlinker: ${terminalText(refusalText(refusal, io))}`)
      return answer.error.code === 'badFile' ? EXIT.badArchive : EXIT.failed
    }
    const discovery = answer.data
    const refused = unknownSims(discovery, simAnswers, say)
    if (refused) {
      await writeLine(io.stderr, `unlinker: ${terminalText(refused)}`)
      return EXIT.usage
    }
    const plan = planImport(discovery, { caseId: chosen, sims: simAnswers })
    if (options.apply) {
      const missing = missingChoices(plan, cases, chosen, say)
      if (missing) {
        await io.stderr.write(missing)
        return EXIT.usage
      }
    }
    const likely = plan.candidates.filter(isLikely)
    const tracked = trackedOnNumber(plan, discovery)
    const unrecorded = tracked.filter((t) => !t.loginRecorded)
    const applied = options.apply ? await applyFound(core, likely, unrecorded, plan) : null
    // Names and senders come from the file and the data sets: none reaches the terminal
    // raw. They are made safe before the columns are padded, so the columns stay aligned.
    const view: View = terminalValue({
      discovery,
      plan,
      cases,
      likely,
      tracked,
      unrecorded,
      applied
    })
    if (options.json)
      await writeJson(io.stdout, terminalValue(asJson(view, { caseId: chosen, sims: simAnswers })))
    else await io.stdout.write(describe(view, io))
    return EXIT.ok
  } finally {
    await core.close()
  }
}

/** The folder's numbers as a sentence: "+7 937 123 45 67 (MegaFon), +86 …". */
function numbersList(cases: readonly CaseView[], say: Say): string {
  const named = cases.filter((c) => c.number)
  if (named.length === 0) return say('discover.noNumbers')
  return named.map((c) => (c.carrier ? `${c.display} (${c.carrier})` : c.display)).join(', ')
}

/** The case a typed number is, in any spelling; anything else is refused. */
function numberOf(
  text: string,
  cases: readonly CaseView[],
  matcher: NumberMatcher,
  say: Say
): string {
  const found = matcher.caseOf(text)
  if (!found)
    throw new UsageRefusal(say('discover.notANumber', { text, numbers: numbersList(cases, say) }))
  return found.id
}

/** With one number, what the file does not tie to one goes there without asking. */
function onlyCase(cases: readonly CaseView[]): string | null {
  return cases.length === 1 ? cases[0]!.id : null
}

/** --sim SUB_ID=NUMBER, each read as one of the folder's numbers, or not-mine. */
function simsOf(
  given: readonly string[],
  cases: readonly CaseView[],
  matcher: NumberMatcher,
  say: Say
): Record<string, string> {
  const answers: Record<string, string> = {}
  for (const text of given) {
    const at = text.indexOf('=')
    const subId = at > 0 ? text.slice(0, at).trim() : ''
    const number = at > 0 ? text.slice(at + 1).trim() : ''
    if (!subId || !number) throw new UsageRefusal(say('discover.badSim', { text }))
    answers[subId] = /^not[- ]?mine$/i.test(number)
      ? NOT_MINE
      : numberOf(number, cases, matcher, say)
  }
  return answers
}

/** A --sim naming a SIM the file does not have, or given for a password export. */
function unknownSims(
  discovery: Discovery,
  answers: Record<string, string>,
  say: Say
): string | null {
  const named = Object.keys(answers)
  if (named.length === 0) return null
  const sims = discovery.sms?.sims ?? []
  if (!discovery.sms) return say('discover.simNotBackup')
  const unknown = named.filter((id) => !sims.some((s) => s.subId === id))
  if (unknown.length === 0) return null
  return say('discover.noSuchSim', {
    unknown: unknown.join(', '),
    sims: sims.map((s) => s.subId).join(', ')
  })
}

/** "1: 7 messages, 2025-10-22 to 2025-11-29, from 900, Gosuslugi, OZON". */
function simLine(sim: SimGroup, say: Say): string {
  const days = sim.first
    ? say('discover.simDays', { first: sim.first, last: sim.last ?? sim.first })
    : ''
  const from = sim.senders.length
    ? say('discover.simFrom', { senders: sim.senders.join(', ') })
    : ''
  return say('discover.simLine', { sim: sim.subId, count: sim.messages, days, from })
}

/**
 * What --apply still needs, as the lines to print: the number for entries without
 * evidence (when the folder has several), and each SIM's number; null when nothing.
 */
function missingChoices(
  plan: ImportPlan,
  cases: readonly CaseView[],
  chosen: string | null,
  say: Say
): string | null {
  const lines: string[] = []
  if (plan.unansweredSims.length > 0) {
    lines.push(`unlinker: ${say('discover.needSims')}`)
    for (const sim of plan.unansweredSims) lines.push(`  ${simLine(sim, say)}`)
  }
  if (plan.needsNumber && !chosen && cases.length > 1)
    lines.push(`unlinker: ${say('discover.needNumber')}`)
  if (lines.length === 0) return null
  lines.push(say('discover.yourNumbersUnchanged', { numbers: numbersList(cases, say) }))
  // Senders come from the file, carriers from the user: each line is made safe to print.
  return `${lines.map(terminalText).join('\n')}\n`
}

/** Adds the likely candidates in one write, then adds 'login' to each tracked account. */
async function applyFound(
  core: UnlinkerCore,
  likely: PlannedCandidate[],
  unrecorded: TrackedOnNumber[],
  plan: ImportPlan
): Promise<Applied> {
  const applied: Applied = { added: [], loginRecorded: [] }
  const trackedEvidence = trackedEvidenceOf(plan)
  // Each account keeps what the file showed of it; tracked ones gain it too.
  if (likely.length > 0 || trackedEvidence.length > 0) {
    const added = await core.invoke('addDiscovered', {
      picks: likely.map(pickOf),
      trackedEvidence
    })
    if (!added.ok) throw new DomainError(added.error.code, added.error.message)
    const cases = await core.invoke('listCases', {})
    const numberOfCase = new Map(cases.ok ? cases.data.map((c) => [c.id, c.number]) : [])
    applied.added = added.data.map(({ id, name, catalogId, caseId }) => ({
      id,
      name,
      catalogId,
      number: numberOfCase.get(caseId) ?? null
    }))
  }
  if (unrecorded.length === 0) return applied
  const listed = await core.invoke('listAccounts', {})
  if (!listed.ok) throw new DomainError(listed.error.code, listed.error.message)
  for (const tracked of unrecorded) {
    const account = listed.data.find((a) => a.id === tracked.accountId)
    if (!account || account.usages.includes('login')) continue
    const updated = await core.invoke('updateAccount', {
      id: account.id,
      patch: { usages: ['login', ...account.usages] }
    })
    if (!updated.ok) throw new DomainError(updated.error.code, updated.error.message)
    applied.loginRecorded.push({ accountId: account.id, name: account.name })
  }
  return applied
}

interface View {
  discovery: Discovery
  plan: ImportPlan
  cases: readonly CaseView[]
  likely: PlannedCandidate[]
  tracked: TrackedOnNumber[]
  unrecorded: TrackedOnNumber[]
  applied: Applied | null
}

/** The services that would be new accounts: those already on their number are joined. */
const newServices = (plan: ImportPlan): PlannedCandidate[] =>
  plan.candidates.filter((c) => !c.trackedHere)

/** Entries for services already on their number: logins, or messages in a backup. */
function alreadyTracked(plan: ImportPlan): number {
  return plan.candidates
    .filter((c) => c.trackedHere)
    .reduce((n, c) => n + (c.sms ? c.sms.messages : c.evidence.logins), 0)
}

/** The result for scripts: names, domains, catalog facts, numbers and counts; no item names. */
function asJson(view: View, choices: ImportChoices): unknown {
  const { discovery: found, plan, cases, tracked, applied } = view
  const numberOf = new Map(cases.map((c) => [c.id, c.number]))
  const services = newServices(plan)
  return {
    format: found.format,
    // A generic CSV says which columns it was read by: its own headers.
    ...(found.columns ? { columns: found.columns } : {}),
    services: services.map((c) => ({
      name: c.name,
      names: c.names,
      catalogId: c.catalogId,
      category: c.category,
      domains: c.domains,
      roles: c.roles,
      usages: c.usages,
      smsOrCall: c.smsOrCall,
      // The folder's numbers its logins or messages showed; true when there is one.
      numbers: c.numbers,
      usesOldNumber: c.numbers.length > 0,
      logins: c.evidence.logins,
      ...(c.onNewNumber.length ? { onNewNumber: c.onNewNumber } : {}),
      ...(c.alsoOn.length
        ? { alsoOn: [...new Set(c.alsoOn.map((a) => numberOf.get(a.caseId) ?? null))] }
        : {}),
      // From a message export: its SIM, counts, days and sender names, never a body or a code.
      ...(c.sms ? { sim: c.sim, sms: c.sms } : {})
    })),
    // People are counted, never listed: their numbers and names stay on this machine.
    ...(found.sms
      ? {
          messages: {
            read: found.sms.messages,
            received: found.sms.received,
            people: found.sms.people.length,
            unknownSenders: plan.unknownSenders.map(({ key: _key, target: _target, ...u }) => u)
          },
          sims: found.sms.sims.map(({ subId, messages, first, last, senders }) => ({
            subId,
            messages,
            first,
            last,
            senders
          }))
        }
      : {}),
    trackedOnOldNumber: tracked,
    counts: {
      services: services.length,
      matched: services.filter((c) => c.catalogId).length,
      smsOrCall: services.filter((c) => c.smsOrCall).length,
      usesOldNumber: services.filter((c) => c.numbers.length > 0).length,
      alreadyTracked: alreadyTracked(plan),
      trackedOnOldNumber: tracked.length,
      skipped: found.skipped
    },
    /** What the file held: items read, logins, and what was left out and why. */
    read: found.counts,
    /** Where entries without evidence go, and each SIM's number, as given. */
    choices: {
      number: choices.caseId ? (numberOf.get(choices.caseId) ?? null) : null,
      sims: Object.fromEntries(
        Object.entries(choices.sims).map(([id, to]) => [
          id,
          to === NOT_MINE ? NOT_MINE : (numberOf.get(to) ?? null)
        ])
      )
    },
    applied
  }
}

/** Where a service goes, for the number column: the number, or what is missing. */
function goesTo(c: PlannedCandidate, cases: readonly CaseView[], say: Say): string {
  if (!c.target) return c.sim !== null && c.sim !== undefined ? `SIM ${c.sim}?` : '--number?'
  const found = cases.find((x) => x.id === c.target)
  return found?.display || found?.carrier || say('discover.newNumber')
}

function describe(view: View, { language, say }: Pick<SpokenIo, 'language' | 'say'>): string {
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
