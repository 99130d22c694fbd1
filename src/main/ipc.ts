import { ipcMain, type BrowserWindow } from 'electron'
import { METHOD_NAMES, channelOf } from '../shared/contract'
import type { MethodName } from '../shared/method-names'
import { fail } from '../shared/result'
import type { UnlinkerCore } from '../core/unlinker-core'
import { isTrustedSender } from './security-rules'

/**
 * One handler per contract method; the core validates the input of each. `changed` hears
 * of each call the core carried out, with its answer, for what lives outside the window
 * (the menu).
 */
export function registerIpc(
  core: UnlinkerCore,
  window: () => BrowserWindow | null,
  devUrl?: string,
  changed: (name: MethodName, data: unknown) => void = () => undefined
): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(channelOf(name), async (event, input: unknown) => {
      const frame = event.senderFrame
      const main = window()?.webContents.mainFrame
      if (!isTrustedSender(frame?.url, frame !== null && frame === main, devUrl)) {
        return fail('forbidden', 'Refused: the call did not come from the Unlinker window.')
      }
      const answer = await core.call(name, input)
      if (answer.ok) changed(name, answer.data)
      return answer
    })
  }
}
