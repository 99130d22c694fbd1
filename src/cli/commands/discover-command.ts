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
import { writeJson, writeLine, type CliIo } from '../cli-io'
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
  io: CliIo,
  file: string,
  dataDir: string,
  options: DiscoverOptions
): Promise<number> {
  // As the desktop app does, the export is read by its path; web mode takes only uploads.
  const core = await openCore(dataDir, io, 'electron')
  try {
    const listed = await core.invoke('listCases', {})
    if (!listed.ok) throw new DomainError(listed.error.code, listed.error.message)
    const cases = listed.data
    const matcher = new NumberMatcher(cases)
    let chosen: string | null
    let simAnswers: Record<string, string>
    try {
      chosen = options.number ? numberOf(options.number, cases, matcher) : onlyCase(cases)
      simAnswers = simsOf(options.sims, cases, matcher)
    } catch (error) {
      if (!(error instanceof UsageRefusal)) throw error
      await writeLine(io.stderr, `unlinker: ${terminalText(error.message)}`)
      return EXIT.usage
    }

    const answer = await core.invoke('discoverAccounts', { source: { path: resolve(file) } })
    if (!answer.ok) {
      await writeLine(io.stderr, `unlinker: ${terminalText(answer.error.message)}`)
      return answer.error.code === 'badFile' ? EXIT.badArchive : EXIT.failed
    }
    const discovery = answer.data
    const refused = unknownSims(discovery, simAnswers)
    if (refused) {
      await writeLine(io.stderr, `unlinker: ${terminalText(refused)}`)
      return EXIT.usage
    }
    const plan = planImport(discovery, { caseId: chosen, sims: simAnswers })
    if (options.apply) {
      const missing = missingChoices(plan, cases, chosen)
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
    else await io.stdout.write(describe(view))
    return EXIT.ok
  } finally {
    await core.close()
  }
}

/** The folder's numbers as a sentence: "+7 937 123 45 67 (MegaFon), +86 …". */
function numbersList(cases: readonly CaseView[]): string {
  const named = cases.filter((c) => c.number)
  if (named.length === 0) return 'none yet (add one in the app)'
  return named.map((c) => (c.carrier ? `${c.display} (${c.carrier})` : c.display)).join(', ')
}

/** The case a typed number is, in any spelling; anything else is refused. */
function numberOf(text: string, cases: readonly CaseView[], matcher: NumberMatcher): string {
  const found = matcher.caseOf(text)
  if (!found)
    throw new UsageRefusal(
      `"${text}" is not one of this folder's numbers. Its numbers: ${numbersList(cases)}.`
    )
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
  matcher: NumberMatcher
): Record<string, string> {
  const answers: Record<string, string> = {}
  for (const text of given) {
    const at = text.indexOf('=')
    const subId = at > 0 ? text.slice(0, at).trim() : ''
    const number = at > 0 ? text.slice(at + 1).trim() : ''
    if (!subId || !number)
      throw new UsageRefusal(`--sim takes SUB_ID=NUMBER (or SUB_ID=not-mine), not "${text}".`)
    answers[subId] = /^not[- ]?mine$/i.test(number) ? NOT_MINE : numberOf(number, cases, matcher)
  }
  return answers
}

/** A --sim naming a SIM the file does not have, or given for a password export. */
function unknownSims(discovery: Discovery, answers: Record<string, string>): string | null {
  const named = Object.keys(answers)
  if (named.length === 0) return null
  const sims = discovery.sms?.sims ?? []
  if (!discovery.sms) return '--sim applies to a message backup; this file is a password export.'
  const unknown = named.filter((id) => !sims.some((s) => s.subId === id))
  if (unknown.length === 0) return null
  return `This backup has no SIM ${unknown.join(', ')}. Its SIMs: ${sims.map((s) => s.subId).join(', ')}.`
}

/** "1: 7 messages, 2025-10-22 to 2025-11-29, from 900, Gosuslugi, OZON". */
function simLine(sim: SimGroup): string {
  const days = sim.first ? `, ${sim.first} to ${sim.last ?? sim.first}` : ''
  const from = sim.senders.length ? `, from ${sim.senders.join(', ')}` : ''
  return `${sim.subId}: ${sim.messages} message(s)${days}${from}`
}

/**
 * What --apply still needs, as the lines to print: the number for entries without
 * evidence (when the folder has several), and each SIM's number; null when nothing.
 */
function missingChoices(
  plan: ImportPlan,
  cases: readonly CaseView[],
  chosen: string | null
): string | null {
  const lines: string[] = []
  if (plan.unansweredSims.length > 0) {
    lines.push(
      'unlinker: this backup holds the messages of several SIMs; say which number each was with --sim SUB_ID=NUMBER (or SUB_ID=not-mine):'
    )
    for (const sim of plan.unansweredSims) lines.push(`  ${simLine(sim)}`)
  }
  if (plan.needsNumber && !chosen && cases.length > 1)
    lines.push(
      'unlinker: some entries name none of your numbers; say where they go with --number NUMBER.'
    )
  if (lines.length === 0) return null
  lines.push(`Your numbers: ${numbersList(cases)}. Nothing was changed.`)
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
function goesTo(c: PlannedCandidate, cases: readonly CaseView[]): string {
  if (!c.target) return c.sim !== null && c.sim !== undefined ? `SIM ${c.sim}?` : '--number?'
  const found = cases.find((x) => x.id === c.target)
  return found?.display || found?.carrier || 'new number'
}

function describe(view: View): string {
  const { discovery: found, plan, cases, likely, tracked, unrecorded, applied } = view
  if (found.sms) return describeSms(view)
  const services = newServices(plan)
  const several = cases.length > 1
  const lines = [
    `Read a ${found.format} export: ${services.length} services, ${alreadyTracked(plan)} logins for services already in the list.`,
    readLine(found)
  ]
  if (found.columns) lines.push(genericLine(found.columns))
  for (const c of services) {
    const flags = `${c.numbers.length ? '!' : c.onNewNumber.length ? '>' : ' '}`
    const number = several ? `  ${goesTo(c, cases).padEnd(20)}` : ''
    lines.push(
      `  ${flags} ${c.name.padEnd(32)} ${c.catalogId ? 'catalog' : 'unknown'} ${c.smsOrCall ? 'SMS' : '   '}  ${`${c.evidence.logins} login(s)`.padEnd(11)}${number}`.trimEnd()
    )
  }
  lines.push(
    several
      ? '  (! = logs in with that number; > = already on the new number; SMS = can send codes by SMS or a call)'
      : '  (! = logs in with the old number; > = already on the new number; SMS = can send codes by SMS or a call)'
  )
  const old = several ? 'its number' : 'the old number'
  if (tracked.length > 0) {
    lines.push(`Already in the list, and logging in with ${old}:`)
    for (const t of tracked)
      lines.push(
        `  ! ${t.name.padEnd(32)} ${t.loginRecorded ? 'login already recorded' : 'login not recorded yet'}${several && t.number ? `  ${displayOf(t.number, cases)}` : ''}`
      )
  }
  lines.push(...outcome(view, likely.length, unrecorded.length, applied))
  return `${lines.join('\n')}\n`
}

/** A message export: its SIMs, each service's evidence and number, unknown senders, people. */
function describeSms(view: View): string {
  const { discovery: found, plan, cases, likely, applied } = view
  const sms = found.sms!
  const several = cases.length > 1
  const services = newServices(plan)
  const lines = [
    `Read ${sms.messages} messages (${found.format}), ${sms.received} received${several ? '' : ' by the old number'}: ${services.length} services, ${alreadyTracked(plan)} messages from services already in the list.`
  ]
  if (sms.sims.length > 1) {
    lines.push('SIMs in this backup:')
    for (const sim of sms.sims) lines.push(`  ${simLine(sim)}`)
  }
  for (const c of services) {
    const e = c.sms
    if (!e) continue
    const what =
      e.codes > 0 ? `${e.codes} code(s) in ${e.messages} message(s)` : `${e.messages} message(s)`
    const number = several || sms.sims.length > 1 ? `  ${goesTo(c, cases)}` : ''
    lines.push(`    ${c.name.padEnd(32)} ${what.padEnd(28)} last ${e.last ?? 'undated'}${number}`)
  }
  if (plan.unknownSenders.length > 0) {
    lines.push('Senders not in the catalog:')
    for (const u of plan.unknownSenders) {
      // A shared sender: the message did not say which of its services it was for.
      const which = u.maybe ? ` (one of: ${u.maybe.map((m) => m.name).join(', ')})` : ''
      lines.push(`    ${u.sender.padEnd(32)} ${u.messages} message(s)${which}`)
    }
  }
  if (sms.people.length > 0)
    lines.push(
      `${sms.people.length} people wrote to ${several ? 'your numbers' : 'the old number'}; choose them in the app to notify them.`
    )
  lines.push(...outcome(view, likely.length, 0, applied))
  return `${lines.join('\n')}\n`
}

/** The dry run's offer, with the choices still to make, or what --apply did. */
function outcome(
  view: View,
  likely: number,
  unrecorded: number,
  applied: Applied | null
): string[] {
  const old = view.cases.length > 1 ? 'its number' : 'the old number'
  if (applied) {
    if (applied.added.length === 0 && applied.loginRecorded.length === 0) return ['Nothing to add.']
    const lines = [`Added ${applied.added.length} accounts.`]
    if (applied.loginRecorded.length > 0)
      lines.push(
        `Recorded ${old} as the login of ${applied.loginRecorded.length} accounts already in the list.`
      )
    return lines
  }
  const todo = [`add the ${likely} likely ones`]
  if (unrecorded > 0) todo.push(`record ${old} as the login of ${unrecorded} already in the list`)
  const lines = [`Dry run: nothing changed. Run again with --apply to ${todo.join(' and ')}.`]
  const { plan, cases } = view
  if (plan.unansweredSims.length > 0)
    lines.push(
      `Before --apply, say which number each SIM was: --sim SUB_ID=NUMBER (or SUB_ID=not-mine). Your numbers: ${numbersList(cases)}.`
    )
  else if (plan.needsNumber && cases.length > 1)
    lines.push(
      `Before --apply, say where entries without a number go: --number NUMBER. Your numbers: ${numbersList(cases)}.`
    )
  return lines
}

function displayOf(e164: string, cases: readonly CaseView[]): string {
  return cases.find((c) => c.number === e164)?.display ?? e164
}

/** Which columns a generic CSV was read by, so a wrong guess shows. */
function genericLine({ url, name, login }: GenericColumns): string {
  const used = [`addresses from "${url}"`]
  if (name) used.push(`names from "${name}"`)
  if (login) used.push(`logins from "${login}"`)
  return `Read as a generic CSV (not a password manager's format Unlinker knows): ${used.join(', ')}.`
}

/** "12 items read, 9 logins; skipped: 2 notes, 1 card, 1 row that could not be read." */
function readLine({ counts }: Discovery): string {
  const { notes, cards, identities, other, unreadable } = counts.skipped
  const parts = [
    [notes, 'note', 'notes'],
    [cards, 'card', 'cards'],
    [identities, 'identity', 'identities'],
    [other, 'other item', 'other items'],
    [unreadable, 'row that could not be read', 'rows that could not be read']
  ] as const
  const skipped = parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
  const read = `${counts.items} items read, ${counts.logins} logins`
  return skipped.length > 0 ? `${read}; skipped: ${skipped.join(', ')}.` : `${read}.`
}
