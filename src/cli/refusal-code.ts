import { DomainError } from '../core/errors'
import { hasMessage, translate } from '../core/i18n/messages'
import type { Recovery } from '../shared/domain/app-info'
import { writeLine, type SpokenIo } from './cli-io'
import { EXIT } from './exit-codes'

/** An unreadable store, found on opening: the command stops and says how to recover. */
export class NeedsRecovery extends Error {
  constructor(readonly recovery: Recovery) {
    super('needs recovery')
  }
}

/** A refusal the command line wrote itself, already in the language it speaks. */
export class SaidRefusal extends DomainError {}

function explainRecovery(recovery: Recovery, dataDir: string, io: SpokenIo): Promise<void> {
  const { say } = io
  const latest = recovery.snapshots[0]
  return writeLine(
    io.stderr,
    [
      `unlinker: ${say('recover.unreadable', { file: recovery.storePath, reason: recovery.reason })}`,
      say('recover.choose'),
      latest
        ? `  unlinker recover --data ${dataDir}            ${say('recover.latest', { at: latest.at })}`
        : `  ${say('recover.noCopy')}`,
      `  unlinker recover --data ${dataDir} --empty    ${say('recover.empty', { file: recovery.keptAside })}`
    ].join('\n')
  )
}

/**
 * A refusal in the command line's language. The core explains in English, which is the
 * most precise in English; another language reads the refusal's reason when it has one,
 * else what its code means (as the app's window does).
 */
export function refusalText(error: DomainError, io: SpokenIo): string {
  if (error instanceof SaidRefusal) return error.message
  if (error.reason)
    return translate(io.language, `refusals.${error.reason.key}`, error.reason.values)
  if (io.language === 'en') return error.message
  const key = `errors.${error.code}`
  return translate(io.language, hasMessage(io.language, key) ? key : 'errors.internal')
}

/**
 * The exit code of a refusal, said on stderr: an unreadable store, or a DomainError.
 * Anything else is not a refusal and is thrown on, for run() to report.
 */
export async function codeOf(error: unknown, io: SpokenIo, dataDir = ''): Promise<number> {
  if (error instanceof NeedsRecovery) {
    await explainRecovery(error.recovery, dataDir, io)
    return EXIT.needsRecovery
  }
  if (error instanceof DomainError) {
    await writeLine(io.stderr, `unlinker: ${refusalText(error, io)}`)
    if (error.code === 'cancelled') return EXIT.interrupted
    if (error.code === 'badArchive') return EXIT.badArchive
    if (error.code === 'locked' || error.code === 'wrongPassphrase') return EXIT.encrypted
    return EXIT.failed
  }
  throw error
}
