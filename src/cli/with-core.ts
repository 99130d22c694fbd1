import { resolve } from 'node:path'
import { DomainError } from '../core/errors'
import { UnlinkerCore } from '../core/unlinker-core'
import type { CliIo, SpokenIo } from './cli-io'
import { writeLine } from './cli-io'
import { NeedsRecovery, SaidRefusal } from './refusal-code'
import { APP_VERSION } from './paths'

/** The core on a data folder, as the command line opens it: warnings go to stderr. */
export function openCore(
  dataDir: string,
  io: CliIo,
  mode: 'web' | 'electron' = 'web'
): Promise<UnlinkerCore> {
  return UnlinkerCore.open({
    dataDir: resolve(dataDir),
    mode,
    version: APP_VERSION,
    warn: (message) => void writeLine(io.stderr, `unlinker: ${message}`)
  })
}

/**
 * Runs `work` on an open, readable and unlocked core, and closes it whatever happens.
 * An unreadable store stops here with what to do (see codeOf).
 */
export async function withCore<T>(
  dataDir: string,
  io: SpokenIo,
  work: (core: UnlinkerCore) => Promise<T>,
  mode: 'web' | 'electron' = 'web'
): Promise<T> {
  const core = await openCore(dataDir, io, mode)
  try {
    await unlockFromEnvironment(core, io)
    if (core.recovery) throw new NeedsRecovery(core.recovery)
    return await work(core)
  } finally {
    await core.close()
  }
}

/** An encrypted folder opens with UNLINKER_PASSPHRASE; the command line never echoes it. */
async function unlockFromEnvironment(core: UnlinkerCore, io: SpokenIo): Promise<void> {
  const info = await core.invoke('getAppInfo', {})
  if (!info.ok || info.data.encryption !== 'locked') return
  const passphrase = io.env.UNLINKER_PASSPHRASE
  if (!passphrase) throw new SaidRefusal('locked', io.say('passphraseNeeded'))
  const answer = await core.invoke('unlock', { passphrase })
  if (!answer.ok) throw new DomainError(answer.error.code, answer.error.message)
}
