import { resolve } from 'node:path'
import { DomainError } from '../../core/errors'
import { writeLine, type SpokenIo } from '../cli-io'
import { EXIT } from '../exit-codes'
import { terminalProgress } from '../progress'
import { codeOf } from '../refusal-code'
import { translate } from '../../core/i18n/messages'
import { openCore, withCore } from '../with-core'
import { printReport } from './print-report'
import { terminalText } from '../terminal-text'

/** `unlinker export --data DIR --out FILE [--lang L]` */
export async function exportCommand(
  io: SpokenIo,
  dataDir: string,
  out: string,
  language: string
): Promise<number> {
  const { say } = io
  const signal = io.interrupts()
  const meter = terminalProgress(say('progress.exporting'), io)
  try {
    const result = await withCore(dataDir, io, async (core) => {
      const info = await core.invoke('getAppInfo', {})
      if (info.ok && info.data.encryption === 'on')
        await writeLine(io.stderr, say('export.unencrypted'))
      return core.archives.exportTo(resolve(out), language, signal, meter.update)
    })
    meter.finish()
    await writeLine(
      io.stdout,
      say('export.wrote', { path: result.path, count: result.files, bytes: result.bytes })
    )
    if (result.leftOut.length > 0) {
      // The rest is exported; what could not be read is named, and the exit says so.
      await writeLine(io.stdout, say('export.leftOut', { count: result.leftOut.length }))
      for (const proof of result.leftOut) {
        const problem = translate(io.language, `archive.leftOut.${proof.problem}`)
        await writeLine(io.stdout, `  ${problem}: ${terminalText(proof.name)}`)
      }
    }
    if (!result.verified.intact) {
      await printReport(io, result.verified)
      return EXIT.notIntact
    }
    await writeLine(io.stdout, say('export.checked'))
    return result.leftOut.length > 0 ? EXIT.notIntact : EXIT.ok
  } catch (error) {
    meter.finish()
    return codeOf(error, io, dataDir)
  }
}

/** `unlinker restore FILE --data DIR [--replace]` */
export async function restoreCommand(
  io: SpokenIo,
  file: string,
  dataDir: string,
  replace: boolean
): Promise<number> {
  const signal = io.interrupts()
  const meter = terminalProgress(io.say('progress.restoring'), io)
  try {
    const counts = await withCore(dataDir, io, (core) =>
      core.archives.restore(resolve(file), replace ? 'replace' : 'merge', signal, meter.update)
    )
    meter.finish()
    await writeLine(io.stdout, io.say('restore.done', { dir: resolve(dataDir), ...counts }))
    return EXIT.ok
  } catch (error) {
    meter.finish()
    return codeOf(error, io, dataDir)
  }
}

/** `unlinker demo --data DIR` */
export async function demoCommand(io: SpokenIo, dataDir: string): Promise<number> {
  try {
    const result = await withCore(dataDir, io, async (core) => {
      const answer = await core.invoke('loadExampleData', {})
      if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message)
      return answer.data
    })
    await writeLine(
      io.stdout,
      io.say('demo.done', { dir: resolve(dataDir), accounts: result.accounts })
    )
    return EXIT.ok
  } catch (error) {
    return codeOf(error, io, dataDir)
  }
}

/** `unlinker recover --data DIR [--snapshot NAME | --empty]` */
export async function recoverCommand(
  io: SpokenIo,
  dataDir: string,
  choice: { snapshot?: string; empty: boolean }
): Promise<number> {
  const core = await openCore(dataDir, io)
  try {
    const recovery = core.recovery
    if (!recovery) {
      await writeLine(io.stdout, io.say('recover.fine', { dir: resolve(dataDir) }))
      return EXIT.ok
    }
    const name = choice.snapshot ?? recovery.snapshots[0]?.name
    const answer = choice.empty
      ? await core.invoke('recoverEmpty', {})
      : name
        ? await core.invoke('recoverFromSnapshot', { name })
        : null
    if (!answer) {
      await writeLine(io.stderr, io.say('recover.none'))
      return EXIT.needsRecovery
    }
    if (!answer.ok) return codeOf(new DomainError(answer.error.code, answer.error.message), io)
    const kept = { file: recovery.keptAside, name: name ?? '' }
    await writeLine(
      io.stdout,
      io.say(choice.empty ? 'recover.startedEmpty' : 'recover.restored', kept)
    )
    return EXIT.ok
  } finally {
    await core.close()
  }
}
