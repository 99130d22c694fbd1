import { fail, type Result } from '../../shared/result'
import { RECOVERY_METHODS } from '../store/recovery-handlers'

/** Calls that work while the data is encrypted and locked. */
// The preferences answer from their plain copy: the lock screen speaks the chosen language.
const LOCKED_METHODS = new Set<string>(['getAppInfo', 'getPreferences', 'unlock', 'quitApp'])

/** Locked data and an unreadable store each allow only their own few calls. */
export function gateCall(
  name: string,
  state: { locked: boolean; recovering: boolean }
): Result<never> | null {
  if (state.locked && !LOCKED_METHODS.has(name))
    return fail('locked', 'Unlinker is locked. Enter your passphrase first.')
  if (state.recovering && !RECOVERY_METHODS.has(name))
    return fail(
      'storeUnavailable',
      'Your data file could not be read. Choose what to do on the recovery screen first.'
    )
  return null
}
