import { DomainError } from '../core/errors'
import type { Recovery } from '../shared/domain/app-info'
import { writeLine, type CliIo } from './cli-io'
import { EXIT } from './exit-codes'

/** An unreadable store, found on opening: the command stops and says how to recover. */
export class NeedsRecovery extends Error {
  constructor(readonly recovery: Recovery) {
    super('needs recovery')
  }
}

function explainRecovery(recovery: Recovery, dataDir: string, io: CliIo): Promise<void> {
  return writeLine(
    io.stderr,
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

/**
 * The exit code of a refusal, said on stderr: an unreadable store, or a DomainError.
 * Anything else is not a refusal and is thrown on, for run() to report.
 */
export async function codeOf(error: unknown, io: CliIo, dataDir = ''): Promise<number> {
  if (error instanceof NeedsRecovery) {
    await explainRecovery(error.recovery, dataDir, io)
    return EXIT.needsRecovery
  }
  if (error instanceof DomainError) {
    await writeLine(io.stderr, `unlinker: ${error.message}`)
    if (error.code === 'cancelled') return EXIT.interrupted
    if (error.code === 'badArchive') return EXIT.badArchive
    if (error.code === 'locked' || error.code === 'wrongPassphrase') return EXIT.encrypted
    return EXIT.failed
  }
  throw error
}
