import type { AppInfo } from '../../shared/domain/app-info'
import type { Handlers } from '../call/handler-types'
import type { LifeHost } from '../core-options'
import { DomainError } from '../errors'

/**
 * What the app is (version, mode, folder, encryption) and the calls that ask the host
 * (window or server) for something: another folder, to quit.
 */
export function buildAppHandlers(
  host: LifeHost,
  info: () => AppInfo
): Pick<Handlers, 'getAppInfo' | 'chooseDataFolder' | 'quitApp'> {
  return {
    getAppInfo: async () => info(),
    chooseDataFolder: async () => {
      if (!host.chooseDataFolder)
        throw new DomainError(
          'notAvailable',
          'Stop Unlinker and start it again with --data pointing to the other folder.'
        )
      return { switching: await host.chooseDataFolder() }
    },
    quitApp: async () => {
      if (!host.quit) throw new DomainError('notAvailable', 'Close this window to leave.')
      // Both hosts stop only after in-flight answers are out (Electron holds 'before-quit'
      // until the core has closed; the web server's close lets open responses finish), so
      // the window still hears this answer.
      host.quit()
      return { quitting: true as const }
    }
  }
}
