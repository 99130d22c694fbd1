import { DomainError } from '../../core/errors'
import { formatPhone } from '../../shared/domain/phone'
import type { PlanReport, PlanReportNumber } from '../../shared/domain/plan-report'
import { translate } from '../../core/i18n/messages'
import type { UiLanguage } from '../../shared/domain/preferences-values'
import { writeJson, type SpokenIo } from '../cli-io'
import { columnsOf, padColumn, type Say } from '../cli-text'
import { localName } from '../../shared/catalog/catalog-values'
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
      const answer = await core.invoke('getPlan', { language: io.language })
      if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message)
      return answer.data
    })
    // Names are the user's and the data sets': none may reach the terminal as a control.
    const safe = terminalValue(report)
    if (options.json) await writeJson(io.stdout, safe)
    else await io.stdout.write(planText(safe, io))
    return EXIT.ok
  } catch (error) {
    return codeOf(error, io, dataDir)
  }
}

/** The plan as lines: a heading per number, its warning, then one line per account. */
export function planText(
  report: PlanReport,
  { language, say }: Pick<SpokenIo, 'language' | 'say'>
): string {
  if (report.numbers.length === 0) return `${say('plan.none')}\n`
  return report.numbers.map((n) => numberText(n, language, say)).join('\n')
}

function numberText(n: PlanReportNumber, language: UiLanguage, say: Say): string {
  const word = (key: string): string => translate(language, key)
  const title = formatPhone(n.number) || say('plan.noNumber')
  const date = n.cancellationDate
  const when = date
    ? say(n.phase === 'planning' ? 'plan.plannedOn' : 'plan.cancelledOn', { date })
    : say('plan.noDate')
  const lines = [`${title} (${n.country}) · ${say(`plan.phase.${n.phase}`)} · ${when}`]
  if (n.work === 'empty') {
    // Never "nothing to do": nothing listed is not the same as nothing at stake.
    lines.push(`  ${say('plan.empty')}`)
    return `${lines.join('\n')}\n`
  }
  // A catalog service by its name in this language, as the app's window names it.
  const nameOf = (a: PlanReportNumber['accounts'][number]): string =>
    a.names ? localName({ name: a.name, names: a.names }, language) : a.name
  const byId = new Map(n.accounts.map((a) => [a.id, a]))
  if (n.lockedOutIfCancelled.length > 0) {
    const names = n.lockedOutIfCancelled
      .map((id) => {
        const account = byId.get(id)
        return account ? nameOf(account) : id
      })
      .join(word('common.listSeparator'))
    const count = n.lockedOutIfCancelled.length
    lines.push(
      `  ${say(date ? 'plan.lockedOutOn' : 'plan.lockedOutNow', { count, date: date ?? '', names })}`
    )
  }
  const riskOf = (a: PlanReportNumber['accounts'][number]): string =>
    a.risk ? word(`risk.${a.risk}`) : word(`status.${a.status}`)
  // The risk column is as wide as its widest word in this language ("Критический").
  const riskWidth = Math.max(
    9,
    columnsOf(say('plan.risk')),
    ...n.accounts.map((a) => columnsOf(riskOf(a)))
  )
  const columns = (start: string, risk: string, account: string, why: string): string =>
    `  ${padColumn(start, 12)} ${padColumn(risk, riskWidth)} ${padColumn(account, 32)} ${why}`.trimEnd()
  lines.push(
    columns(say('plan.startBy'), say('plan.risk'), say('plan.account'), say('plan.why')),
    ...n.accounts.map((a) => {
      const start = a.startBy ? `${a.startBy}${a.late ? '!' : ''}` : '-'
      const notes = [
        a.riskReasons.map((r) => word(`riskReason.${r}`)).join(word('common.listSeparator')),
        a.needsOldSim === true ? say('plan.needsOldSim') : '',
        a.holdDaysWithoutOldSim ? say('plan.hold', { count: a.holdDaysWithoutOldSim }) : '',
        a.newNumberTrustDays ? say('plan.trust', { count: a.newNumberTrustDays }) : '',
        a.lockedOut ? say('plan.lockedOut') : ''
      ].filter(Boolean)
      // Chinese separates clauses with a full-width semicolon.
      return columns(start, riskOf(a), nameOf(a), notes.join(language === 'zh-CN' ? '；' : '; '))
    })
  )
  const actions = n.stateActions.filter((s) => !s.done)
  if (actions.length > 0) {
    lines.push(`  ${say('plan.stateChecks')}`)
    for (const s of actions)
      lines.push(
        `  ${padColumn(s.startBy ? `${s.startBy}${s.late ? '!' : ''}` : '-', 12)} ${s.title}`
      )
  }
  if (n.accounts.some((a) => a.late) || actions.some((s) => s.late))
    lines.push(`  ${say('plan.late')}`)
  return `${lines.join('\n')}\n`
}
