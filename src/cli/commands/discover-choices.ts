// The numbers and SIMs `unlinker discover` is told to use: read, checked, and what is
// still missing before --apply may add anything.
import type { NumberMatcher } from '../../core/discover/folder-numbers'
import type { CaseView } from '../../shared/domain/case'
import type { Discovery, SimGroup } from '../../shared/domain/discovery'
import { NOT_MINE, type ImportPlan } from '../../shared/domain/import-plan'
import type { Say } from '../cli-text'
import { terminalText } from '../terminal-text'

/** A refusal of the command line as typed: exit 2, nothing changed. */
export class UsageRefusal extends Error {}

/** The folder's numbers as a sentence: "+7 937 123 45 67 (MegaFon), +86 …". */
export function numbersList(cases: readonly CaseView[], say: Say): string {
  const named = cases.filter((c) => c.number)
  if (named.length === 0) return say('discover.noNumbers')
  return named.map((c) => (c.carrier ? `${c.display} (${c.carrier})` : c.display)).join(', ')
}

/** The case a typed number is, in any spelling; anything else is refused. */
export function numberOf(
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
export function onlyCase(cases: readonly CaseView[]): string | null {
  return cases.length === 1 ? cases[0]!.id : null
}

/** --sim SUB_ID=NUMBER, each read as one of the folder's numbers, or not-mine. */
export function simsOf(
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
export function unknownSims(
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
export function simLine(sim: SimGroup, say: Say): string {
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
export function missingChoices(
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
