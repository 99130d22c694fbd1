import { resolve } from 'node:path'
import { DomainError } from '../../core/errors'
import { writeLine, type CliIo } from '../cli-io'
import { EXIT } from '../exit-codes'
import { terminalProgress } from '../progress'
import { codeOf } from '../refusal-code'
import { openCore, withCore } from '../with-core'
import { printReport } from './print-report'
import { terminalText } from '../terminal-text'

/** `unlinker export --data DIR --out FILE [--lang L]` */
export async function exportCommand(
  io: CliIo,
  dataDir: string,
  out: string,
  language: string
): Promise<number> {
  const signal = io.interrupts()
  const meter = terminalProgress('Exporting', io.stderr)
  try {
    const result = await withCore(dataDir, io, async (core) => {
      const info = await core.invoke('getAppInfo', {})
      if (info.ok && info.data.encryption === 'on')
        await writeLine(
          io.stderr,
          'Note: the archive is NOT encrypted, although the data folder is. Keep it safe.'
        )
      return core.archives.exportTo(resolve(out), language, signal, meter.update)
    })
    meter.finish()
    await writeLine(
      io.stdout,
      `Wrote ${result.path}: ${result.files} proof files, ${result.bytes} bytes.`
    )
    if (result.leftOut.length > 0) {
      // The rest is exported; what could not be read is named, and the exit says so.
      await writeLine(
        io.stdout,
        `Left out ${result.leftOut.length} proof(s) whose file could not be read (named in report.html too):`
      )
      for (const proof of result.leftOut)
        await writeLine(io.stdout, `  ${proof.problem}: ${terminalText(proof.name)}`)
    }
    if (!result.verified.intact) {
      await printReport(io, result.verified)
      return EXIT.notIntact
    }
    await writeLine(io.stdout, 'Checked: every file matches SHA256SUMS and the manifest.')
    return result.leftOut.length > 0 ? EXIT.notIntact : EXIT.ok
  } catch (error) {
    meter.finish()
    return codeOf(error, io, dataDir)
  }
}

/** `unlinker restore FILE --data DIR [--replace]` */
export async function restoreCommand(
  io: CliIo,
  file: string,
  dataDir: string,
  replace: boolean
): Promise<number> {
  const signal = io.interrupts()
  const meter = terminalProgress('Restoring', io.stderr)
  try {
    const counts = await withCore(dataDir, io, (core) =>
      core.archives.restore(resolve(file), replace ? 'replace' : 'merge', signal, meter.update)
    )
    meter.finish()
    await writeLine(
      io.stdout,
      `Restored into ${resolve(dataDir)}: ${counts.cases} numbers, ${counts.accounts} accounts, ` +
        `${counts.people} people and ${counts.proofs} proofs added.`
    )
    return EXIT.ok
  } catch (error) {
    meter.finish()
    return codeOf(error, io, dataDir)
  }
}

/** `unlinker demo --data DIR` */
export async function demoCommand(io: CliIo, dataDir: string): Promise<number> {
  try {
    const result = await withCore(dataDir, io, async (core) => {
      const answer = await core.invoke('loadExampleData', {})
      if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message)
      return answer.data
    })
    await writeLine(
      io.stdout,
      `Example data written to ${resolve(dataDir)}: ${result.accounts} accounts, 2 people, 2 proofs.`
    )
    return EXIT.ok
  } catch (error) {
    return codeOf(error, io, dataDir)
  }
}

/** `unlinker recover --data DIR [--snapshot NAME | --empty]` */
export async function recoverCommand(
  io: CliIo,
  dataDir: string,
  choice: { snapshot?: string; empty: boolean }
): Promise<number> {
  const core = await openCore(dataDir, io)
  try {
    const recovery = core.recovery
    if (!recovery) {
      await writeLine(io.stdout, `The data in ${resolve(dataDir)} is fine; nothing to recover.`)
      return EXIT.ok
    }
    const name = choice.snapshot ?? recovery.snapshots[0]?.name
    const answer = choice.empty
      ? await core.invoke('recoverEmpty', {})
      : name
        ? await core.invoke('recoverFromSnapshot', { name })
        : null
    if (!answer) {
      await writeLine(io.stderr, 'There is no earlier copy to restore. Use --empty to start over.')
      return EXIT.needsRecovery
    }
    if (!answer.ok) return codeOf(new DomainError(answer.error.code, answer.error.message), io)
    await writeLine(
      io.stdout,
      `${choice.empty ? 'Started empty' : `Restored ${name}`}. ` +
        `The unreadable file is kept as ${recovery.keptAside}.`
    )
    return EXIT.ok
  } finally {
    await core.close()
  }
}
