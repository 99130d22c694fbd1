import { resolve } from 'node:path'
import { NumberMatcher } from '../../core/discover/folder-numbers'
import { DomainError } from '../../core/errors'
import type { UnlinkerCore } from '../../core/unlinker-core'
import {
  isLikely,
  pickOf,
  planImport,
  trackedEvidenceOf,
  trackedOnNumber,
  type ImportPlan,
  type PlannedCandidate,
  type TrackedOnNumber
} from '../../shared/domain/import-plan'
import { writeJson, writeLine, type SpokenIo } from '../cli-io'
import { refusalText } from '../refusal-code'
import { terminalText, terminalValue } from '../terminal-text'
import { EXIT } from '../exit-codes'
import { openCore } from '../with-core'
import {
  missingChoices,
  numberOf,
  onlyCase,
  simsOf,
  unknownSims,
  UsageRefusal
} from './discover-choices'
import { listingOf } from './discover-listing'
import { asJson, type Applied, type View } from './discover-view'

export interface DiscoverOptions {
  apply: boolean
  json: boolean
  /** --number: where entries without evidence go, in any spelling of a folder number. */
  number?: string
  /** --sim SUB_ID=NUMBER (or SUB_ID=not-mine), once per SIM of a message backup. */
  sims: string[]
}

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
    else await io.stdout.write(listingOf(view, io))
    return EXIT.ok
  } finally {
    await core.close()
  }
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
