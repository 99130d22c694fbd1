import { resolve } from 'node:path'
import { DomainError } from '../../core/errors'
import type { UnlinkerCore } from '../../core/unlinker-core'
import {
  evidenceToMerge,
  isLikely,
  pickOf,
  type Candidate,
  type Discovery,
  type GenericColumns,
  type TrackedEvidence,
  type TrackedOnOldNumber
} from '../../shared/domain/discovery'
import { writeJson, writeLine, type CliIo } from '../cli-io'
import { terminalText, terminalValue } from '../terminal-text'
import { EXIT } from '../exit-codes'
import { openCore } from '../with-core'

/** What --apply changed: accounts added, and tracked ones now recording the login. */
interface Applied {
  added: Array<{ id: string; name: string; catalogId: string | null }>
  loginRecorded: Array<{ accountId: string; name: string }>
}

/**
 * `unlinker discover FILE [--data DIR] [--apply] [--json]`: lists what a password export
 * knows. A dry run by default; --apply adds the likely ones (catalog matches and logins
 * with the old number) and records the old number as the login of services already in
 * the list. Only names and domains are printed, never a login, item name or secret.
 */
export async function discoverCommand(
  io: CliIo,
  file: string,
  dataDir: string,
  options: { apply: boolean; json: boolean }
): Promise<number> {
  // As the desktop app does, the export is read by its path; web mode takes only uploads.
  const core = await openCore(dataDir, io, 'electron')
  try {
    const answer = await core.invoke('discoverAccounts', { source: { path: resolve(file) } })
    if (!answer.ok) {
      await writeLine(io.stderr, `unlinker: ${terminalText(answer.error.message)}`)
      return answer.error.code === 'badFile' ? EXIT.badArchive : EXIT.failed
    }
    const found = answer.data
    const likely = found.candidates.filter(isLikely)
    const unrecorded = found.trackedOnOldNumber.filter((t) => !t.loginRecorded)
    const applied = options.apply
      ? await applyFound(core, likely, unrecorded, found.trackedEvidence)
      : null
    // Names and senders come from the file and the data sets: none reaches the terminal
    // raw. They are made safe before the columns are padded, so the columns stay aligned.
    const shown = terminalValue(found)
    if (options.json) await writeJson(io.stdout, terminalValue(asJson(shown, applied)))
    else
      await io.stdout.write(
        describe(
          shown,
          shown.candidates.filter(isLikely),
          shown.trackedOnOldNumber.filter((t) => !t.loginRecorded),
          applied && terminalValue(applied)
        )
      )
    return EXIT.ok
  } finally {
    await core.close()
  }
}

/** Adds the likely candidates in one write, then adds 'login' to each tracked account. */
async function applyFound(
  core: UnlinkerCore,
  likely: Candidate[],
  unrecorded: TrackedOnOldNumber[],
  trackedEvidence: TrackedEvidence[]
): Promise<Applied> {
  const applied: Applied = { added: [], loginRecorded: [] }
  // Each account keeps what the file showed of it; tracked ones gain it too.
  if (likely.length > 0 || trackedEvidence.length > 0) {
    const added = await core.invoke('addDiscovered', {
      picks: likely.map(pickOf),
      trackedEvidence: evidenceToMerge(trackedEvidence)
    })
    if (!added.ok) throw new DomainError(added.error.code, added.error.message)
    applied.added = added.data.map(({ id, name, catalogId }) => ({
      id,
      name,
      catalogId
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

/** The result for scripts: names, domains, catalog facts and counts; no item names. */
function asJson(found: Discovery, applied: Applied | null): unknown {
  return {
    format: found.format,
    // A generic CSV says which columns it was read by: its own headers.
    ...(found.columns ? { columns: found.columns } : {}),
    services: found.candidates.map((c) => ({
      name: c.name,
      names: c.names,
      catalogId: c.catalogId,
      category: c.category,
      domains: c.domains,
      roles: c.roles,
      usages: c.usages,
      smsOrCall: c.smsOrCall,
      usesOldNumber: c.usesOldNumber,
      logins: c.evidence.logins,
      // From a message export: counts, days and sender names, never a body or a code.
      ...(c.sms ? { sms: c.sms } : {})
    })),
    // People are counted, never listed: their numbers and names stay on this machine.
    ...(found.sms
      ? {
          messages: {
            read: found.sms.messages,
            received: found.sms.received,
            people: found.sms.people.length,
            unknownSenders: found.sms.unknownSenders
          }
        }
      : {}),
    trackedOnOldNumber: found.trackedOnOldNumber,
    counts: {
      services: found.candidates.length,
      matched: found.candidates.filter((c) => c.catalogId).length,
      smsOrCall: found.candidates.filter((c) => c.smsOrCall).length,
      usesOldNumber: found.candidates.filter((c) => c.usesOldNumber).length,
      alreadyTracked: found.alreadyTracked,
      trackedOnOldNumber: found.trackedOnOldNumber.length,
      skipped: found.skipped
    },
    /** What the file held: items read, logins, and what was left out and why. */
    read: found.counts,
    applied
  }
}

function describe(
  found: Discovery,
  likely: Candidate[],
  unrecorded: TrackedOnOldNumber[],
  applied: Applied | null
): string {
  const lines = [
    `Read a ${found.format} export: ${found.candidates.length} services, ${found.alreadyTracked} logins for services already in the list.`,
    readLine(found)
  ]
  if (found.columns) lines.push(genericLine(found.columns))
  if (found.sms) return describeSms(found, likely, applied)
  for (const c of found.candidates)
    lines.push(
      `  ${c.usesOldNumber ? '!' : ' '} ${c.name.padEnd(32)} ${c.catalogId ? 'catalog' : 'unknown'} ${c.smsOrCall ? 'SMS' : '   '}  ${c.evidence.logins} login(s)`
    )
  lines.push('  (! = logs in with the old number; SMS = can send codes by SMS or a call)')
  if (found.trackedOnOldNumber.length > 0) {
    lines.push('Already in the list, and logging in with the old number:')
    for (const t of found.trackedOnOldNumber)
      lines.push(
        `  ! ${t.name.padEnd(32)} ${t.loginRecorded ? 'login already recorded' : 'login not recorded yet'}`
      )
  }
  if (!applied) {
    const todo = [`add the ${likely.length} likely ones`]
    if (unrecorded.length > 0)
      todo.push(`record the old number as the login of ${unrecorded.length} already in the list`)
    lines.push(`Dry run: nothing changed. Run again with --apply to ${todo.join(' and ')}.`)
  } else if (applied.added.length === 0 && applied.loginRecorded.length === 0) {
    lines.push('Nothing to add.')
  } else {
    lines.push(`Added ${applied.added.length} accounts.`)
    if (applied.loginRecorded.length > 0)
      lines.push(
        `Recorded the old number as the login of ${applied.loginRecorded.length} accounts already in the list.`
      )
  }
  return `${lines.join('\n')}\n`
}

/** A message export: each service's evidence, unknown senders, and how many people wrote. */
function describeSms(found: Discovery, likely: Candidate[], applied: Applied | null): string {
  const sms = found.sms!
  const lines = [
    `Read ${sms.messages} messages (${found.format}), ${sms.received} received by the old number: ${found.candidates.length} services, ${found.alreadyTracked} messages from services already in the list.`
  ]
  for (const c of found.candidates) {
    const e = c.sms
    if (!e) continue
    const what =
      e.codes > 0 ? `${e.codes} code(s) in ${e.messages} message(s)` : `${e.messages} message(s)`
    lines.push(`    ${c.name.padEnd(32)} ${what.padEnd(28)} last ${e.last ?? 'undated'}`)
  }
  if (sms.unknownSenders.length > 0) {
    lines.push('Senders not in the catalog:')
    for (const u of sms.unknownSenders) {
      // A shared sender: the message did not say which of its services it was for.
      const which = u.maybe ? ` (one of: ${u.maybe.map((m) => m.name).join(', ')})` : ''
      lines.push(`    ${u.sender.padEnd(32)} ${u.messages} message(s)${which}`)
    }
  }
  if (sms.people.length > 0)
    lines.push(
      `${sms.people.length} people wrote to the old number; choose them in the app to notify them.`
    )
  if (!applied)
    lines.push(
      `Dry run: nothing changed. Run again with --apply to add the ${likely.length} services.`
    )
  else
    lines.push(
      applied.added.length === 0 ? 'Nothing to add.' : `Added ${applied.added.length} accounts.`
    )
  return `${lines.join('\n')}\n`
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
