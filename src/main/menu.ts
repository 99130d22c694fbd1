import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { APP_COMMANDS, type AppCommand } from '../shared/commands'
import { MENU_CHANNEL } from '../shared/menu-channel'

/**
 * The application menu with the usual shortcuts. Each item hands its command to the
 * window, which does the same as web mode does for the same keys.
 */
export function installMenu(window: () => BrowserWindow | null): void {
  const send = (command: AppCommand) => (): void =>
    window()?.webContents.send(MENU_CHANNEL, command)
  const item = (label: string, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator: APP_COMMANDS[command],
    click: send(command)
  })
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { role: 'about' as const },
              { type: 'separator' as const },
              item('Settings…', 'preferences'),
              { type: 'separator' as const },
              { role: 'quit' as const }
            ]
          }
        ]
      : []),
    {
      label: 'File',
      submenu: [
        item('New account', 'newAccount'),
        item('Export archive of proofs…', 'export'),
        ...(isMac
          ? []
          : [
              { type: 'separator' as const },
              item('Settings', 'preferences'),
              { type: 'separator' as const },
              { role: 'quit' as const }
            ])
      ]
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find account', 'search')
      ]
    },
    { role: 'windowMenu' }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
