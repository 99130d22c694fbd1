import type { LifeHost } from '../core-options'
import { DomainError } from '../errors'
import type { Handlers } from '../handlers'

/** The calls that ask the host (window or server) for something: another folder, to quit. */
export function buildAppHandlers(host: LifeHost): Pick<Handlers, 'chooseDataFolder' | 'quitApp'> {
  return {
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
