import type { AppInfo } from '../../shared/domain/app-info'
import type { Handlers } from '../call/handler-types'
import type { EncryptionService } from './encryption-service'

/** The contract's encryption calls, each answering the app's state afterwards. */
export function buildEncryptionHandlers(
  encryption: EncryptionService,
  info: () => AppInfo
): Pick<
  Handlers,
  'unlock' | 'lock' | 'enableEncryption' | 'finishEncryption' | 'changePassphrase'
> {
  return {
    unlock: async ({ passphrase, remember }) => {
      await encryption.unlock(passphrase, remember)
      return info()
    },
    lock: async () => {
      await encryption.lock()
      return info()
    },
    enableEncryption: async ({ passphrase }) => {
      await encryption.enable(passphrase)
      return info()
    },
    finishEncryption: async () => {
      await encryption.finish()
      return info()
    },
    changePassphrase: async ({ current, next }) => {
      await encryption.changePassphrase(current, next)
      return info()
    }
  }
}
