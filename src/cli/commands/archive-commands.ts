import { resolve } from 'node:path'
import { scanArchive } from '../../core/archive/scan-archive'
import { DomainError } from '../../core/errors'
import { UnlinkerCore } from '../../core/unlinker-core'
import type { VerifyReport } from '../../shared/archive/manifest'
import type { MethodOutput } from '../../shared/contract'
import type { AppInfo, Recovery } from '../../shared/domain/app-info'
import { EXIT } from '../exit-codes'
import { APP_VERSION } from '../paths'
import { interruptSignal, terminalProgress } from '../progress'
import { writeLine } from '../write-out'

/** Lines of a short answer; `export … | head -1` ends the output, never the command. */
const say = writeLine
const complain = (text: string): boolean => process.stderr.write(`${text}\n`)

export async function withCore<T>(
  dataDir: string,
  run: (core: UnlinkerCore) => Promise<T>
): Promise<T> {
  const core = await UnlinkerCore.open({
    dataDir: resolve(dataDir),
    mode: 'web',
    version: APP_VERSION
  })
  try {
    await unlockFromEnvironment(core)
    if (core.recovery) throw new NeedsRecovery(core.recovery)
    return await run(core)
  } finally {
    await core.close()
  }
}

/** An encrypted folder opens with UNLINKER_PASSPHRASE; the command line never echoes it. */
async function unlockFromEnvironment(core: UnlinkerCore): Promise<void> {
  const info = await core.call('getAppInfo', {})
  if (!info.ok || (info.data as AppInfo).encryption !== 'locked') return
  const passphrase = process.env.UNLINKER_PASSPHRASE
  if (!passphrase)
    throw new DomainError(
      'locked',
      'This data folder is encrypted. Set UNLINKER_PASSPHRASE to its passphrase and run the command again.'
    )
  const answer = await core.call('unlock', { passphrase })
  if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message)
}

class NeedsRecovery extends Error {
  constructor(readonly recovery: Recovery) {
    super('needs recovery')
  }
}

function explainRecovery(recovery: Recovery, dataDir: string): void {
  complain(
    [
      `unlinker: the data file ${recovery.storePath} cannot be read: ${recovery.reason}.`,
      'Nothing was changed. Choose what to do:',
      recovery.snapshots[0]
        ? `  unlinker recover --data ${dataDir}            restore the latest good copy (${recovery.snapshots[0].at})`
        : '  (there is no earlier copy to restore)',
      `  unlinker recover --data ${dataDir} --empty    start empty; the file is kept as ${recovery.keptAside}`
    ].join('\n')
  )
}

export function codeOf(error: unknown, dataDir = ''): number {
  if (error instanceof NeedsRecovery) {
    explainRecovery(error.recovery, dataDir)
    return EXIT.needsRecovery
  }
  if (error instanceof DomainError) {
    complain(`unlinker: ${error.message}`)
    if (error.code === 'cancelled') return EXIT.interrupted
    if (error.code === 'badArchive') return EXIT.badArchive
    if (error.code === 'locked' || error.code === 'wrongPassphrase') return EXIT.encrypted
    return EXIT.failed
  }
  throw error
}

/** `unlinker export --data DIR --out FILE [--lang L]` */
export async function exportCommand(
  dataDir: string,
  out: string,
  language: string
): Promise<number> {
  const signal = interruptSignal()
  const meter = terminalProgress('Exporting')
  try {
    const result = await withCore(dataDir, async (core) => {
      const info = await core.call('getAppInfo', {})
      if (info.ok && (info.data as AppInfo).encryption === 'on')
        complain('Note: the archive is NOT encrypted, although the data folder is. Keep it safe.')
      return core.archives.exportTo(resolve(out), language, signal, meter.update)
    })
    meter.finish()
    say(`Wrote ${result.path}: ${result.files} proof files, ${result.bytes} bytes.`)
    if (!result.verified.intact) {
      printReport(result.verified)
      return EXIT.notIntact
    }
    say('Checked: every file matches SHA256SUMS and the manifest.')
    return EXIT.ok
  } catch (error) {
    meter.finish()
    return codeOf(error, dataDir)
  }
}

/** `unlinker verify FILE`: 0 when intact, 4 with the list of problems, 5 when unreadable. */
export async function verifyCommand(file: string): Promise<number> {
  const meter = terminalProgress('Checking')
  try {
    const { report } = await scanArchive(resolve(file), {
      signal: interruptSignal(),
      onProgress: meter.update
    })
    meter.finish()
    printReport(report)
    return report.intact ? EXIT.ok : EXIT.notIntact
  } catch (error) {
    meter.finish()
    return codeOf(error)
  }
}

/** `unlinker restore FILE --data DIR [--replace]` */
export async function restoreCommand(
  file: string,
  dataDir: string,
  replace: boolean
): Promise<number> {
  const signal = interruptSignal()
  const meter = terminalProgress('Restoring')
  try {
    const counts = await withCore(dataDir, (core) =>
      core.archives.restore(resolve(file), replace ? 'replace' : 'merge', signal, meter.update)
    )
    meter.finish()
    say(
      `Restored into ${resolve(dataDir)}: ${counts.cases} numbers, ${counts.accounts} accounts, ` +
        `${counts.people} people and ${counts.proofs} proofs added.`
    )
    return EXIT.ok
  } catch (error) {
    meter.finish()
    return codeOf(error, dataDir)
  }
}

/** `unlinker demo --data DIR` */
export async function demoCommand(dataDir: string): Promise<number> {
  try {
    const result = await withCore(dataDir, async (core) => {
      const answer = await core.call('loadExampleData', {})
      if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message)
      return answer.data as MethodOutput<'loadExampleData'>
    })
    say(
      `Example data written to ${resolve(dataDir)}: ${result.accounts} accounts, 2 people, 2 proofs.`
    )
    return EXIT.ok
  } catch (error) {
    return codeOf(error, dataDir)
  }
}

/** `unlinker recover --data DIR [--snapshot NAME | --empty]` */
export async function recoverCommand(
  dataDir: string,
  choice: { snapshot?: string; empty: boolean }
): Promise<number> {
  const core = await UnlinkerCore.open({
    dataDir: resolve(dataDir),
    mode: 'web',
    version: APP_VERSION
  })
  try {
    const recovery = core.recovery
    if (!recovery) {
      say(`The data in ${resolve(dataDir)} is fine; nothing to recover.`)
      return EXIT.ok
    }
    const name = choice.snapshot ?? recovery.snapshots[0]?.name
    const answer = choice.empty
      ? await core.call('recoverEmpty', {})
      : name
        ? await core.call('recoverFromSnapshot', { name })
        : null
    if (!answer) {
      complain('There is no earlier copy to restore. Use --empty to start over.')
      return EXIT.needsRecovery
    }
    if (!answer.ok) return codeOf(new DomainError(answer.error.code, answer.error.message))
    say(
      `${choice.empty ? 'Started empty' : `Restored ${name}`}. ` +
        `The unreadable file is kept as ${recovery.keptAside}.`
    )
    return EXIT.ok
  } finally {
    await core.close()
  }
}

function printReport(report: VerifyReport): void {
  if (report.intact) {
    say(
      `Intact: ${report.files} files, ${report.bytes} bytes, exported ${report.exportedAt ?? '?'}.`
    )
    return
  }
  say(`NOT intact (${report.files} files read):`)
  for (const problem of report.problems) say(`  problem: ${problem}`)
  for (const path of report.missing) say(`  missing: ${path}`)
  for (const path of report.extra) say(`  extra:   ${path}`)
  for (const path of report.altered) say(`  altered: ${path}`)
}
