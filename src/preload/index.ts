import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { buildApi } from '../shared/build-api'
import { channelOf } from '../shared/method-names'
import { MENU_CHANNEL } from '../shared/menu-channel'
import { isAppCommand } from '../shared/commands'
import type { Result } from '../shared/result'

// Only our own methods cross the bridge: never ipcRenderer, never a generic invoke.
contextBridge.exposeInMainWorld(
  'unlinker',
  buildApi((name, input) => ipcRenderer.invoke(channelOf(name), input) as Promise<Result<unknown>>)
)

// Commands from the application menu (shortcuts); only known command names get through.
contextBridge.exposeInMainWorld('unlinkerMenu', {
  onCommand: (listener: (command: string) => void): void => {
    ipcRenderer.on(MENU_CHANNEL, (_event, command: unknown) => {
      if (isAppCommand(command)) listener(command)
    })
  }
})

// A dropped or chosen file's path: main copies it into the vault itself, in a stream.
contextBridge.exposeInMainWorld('unlinkerFiles', {
  pathOf: (file: File): string => webUtils.getPathForFile(file)
})
