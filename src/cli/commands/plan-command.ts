import { DomainError } from '../../core/errors'
import { formatPhone } from '../../shared/domain/phone'
import type { PlanReport, PlanReportNumber } from '../../shared/domain/plan-report'
import { writeJson, type SpokenIo } from '../cli-io'
import { EXIT } from '../exit-codes'
import { codeOf } from '../refusal-code'
import { terminalValue } from '../terminal-text'
import { withCore } from '../with-core'

/**
 * `unlinker plan [--data DIR] [--json]`: every number's accounts in the order to do them,
 * with their risk and its reasons, start-by days while a cancellation is planned, what a
 * cancellation now would lock the user out of, and the state checks that come before it.
 * It reads the folder as `calendar` does: the same lock, passphrase and exit codes.
 */
export async function planCommand(
  io: SpokenIo,
  dataDir: string,
  options: { json: boolean }
): Promise<number> {
  try {
    const report = await withCore(dataDir, io, async (core) => {
      const answer = await core.invoke('getPlan', { language: 'en' })
      if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message)
      return answer.data
    })
    // Names are the user's and the data sets': none may reach the terminal as a control.
    const safe = terminalValue(report)
    if (options.json) await writeJson(io.stdout, safe)
    else await io.stdout.write(planText(safe))
    return EXIT.ok
  } catch (error) {
    return codeOf(error, io, dataDir)
  }
}

/** The plan as lines: a heading per number, its warning, then one line per account. */
export function planText(report: PlanReport): string {
  if (report.numbers.length === 0) return 'No numbers yet: add the number you will cancel first.\n'
  return report.numbers.map(numberText).join('\n')
}

function numberText(n: PlanReportNumber): string {
  const title = formatPhone(n.number) || '(number not entered)'
  const when = n.cancellationDate
    ? n.phase === 'planning'
      ? `cancellation planned on ${n.cancellationDate}`
      : `cancelled on ${n.cancellationDate}`
    : 'no cancellation date'
  const lines = [`${title} (${n.country}) · ${phaseWords(n.phase)} · ${when}`]
  if (n.work === 'empty') {
    // Never "nothing to do": nothing listed is not the same as nothing at stake.
    lines.push('  You have not listed any accounts yet.')
    return `${lines.join('\n')}\n`
  }
  const byId = new Map(n.accounts.map((a) => [a.id, a]))
  if (n.lockedOutIfCancelled.length > 0) {
    const names = n.lockedOutIfCancelled.map((id) => byId.get(id)?.name ?? id).join(', ')
    const count = n.lockedOutIfCancelled.length
    lines.push(
      `  ${count} ${count === 1 ? 'account still needs' : 'accounts still need'} the old SIM; ` +
        `cancelling${n.cancellationDate ? ` on ${n.cancellationDate}` : ' now'} would lock you out of: ${names}`
    )
  }
  lines.push(
    `  ${'Start by'.padEnd(12)} ${'Risk'.padEnd(9)} ${'Account'.padEnd(32)} Why`,
    ...n.accounts.map((a) => {
      const start = a.startBy ? `${a.startBy}${a.late ? '!' : ''}` : '-'
      const risk = a.risk ?? a.status
      const notes = [
        a.riskReasons.join(','),
        a.needsOldSim === true ? 'needs the old SIM' : '',
        a.holdDaysWithoutOldSim ? `${a.holdDaysWithoutOldSim}-day hold without the old SIM` : '',
        a.newNumberTrustDays ? `new number trusted after ${a.newNumberTrustDays} days` : '',
        a.lockedOut ? 'locked out' : ''
      ].filter(Boolean)
      return `  ${start.padEnd(12)} ${risk.padEnd(9)} ${a.name.padEnd(32)} ${notes.join('; ')}`
    })
  )
  const actions = n.stateActions.filter((s) => !s.done)
  if (actions.length > 0) {
    lines.push('  State checks:')
    for (const s of actions)
      lines.push(
        `  ${(s.startBy ? `${s.startBy}${s.late ? '!' : ''}` : '-').padEnd(12)} ${s.title}`
      )
  }
  if (n.accounts.some((a) => a.late) || actions.some((s) => s.late))
    lines.push('  ! late: its start-by day has passed, so it is due today.')
  return `${lines.join('\n')}\n`
}

function phaseWords(phase: PlanReportNumber['phase']): string {
  return phase === 'planning'
    ? 'before cancelling'
    : phase === 'cancelled'
      ? 'cancelled'
      : 'may be reassigned'
}
