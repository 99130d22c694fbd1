import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { APP_COMMANDS, type AppCommand } from '../shared/commands'
import { uiLanguageOf, type UiLanguage } from '../shared/domain/preferences'
import { MENU_CHANNEL } from '../shared/menu-channel'
import type { UnlinkerCore } from '../core/unlinker-core'
import en from '../../locales/en.json'
import ru from '../../locales/ru.json'
import zhCN from '../../locales/zh-CN.json'

type MenuWords = typeof en.menu

const WORDS: Record<UiLanguage, { menu: Partial<MenuWords> }> = { en, ru, 'zh-CN': zhCN }

/** The menu speaks the language chosen in the app, or the system's until one is chosen. */
function menuWords(language: UiLanguage): MenuWords {
  return { ...en.menu, ...WORDS[language].menu }
}

/**
 * The application menu with the usual shortcuts. Each item hands its command to the
 * window, which does the same as web mode does for the same keys.
 */
export function installMenu(
  window: () => BrowserWindow | null,
  chosen: UiLanguage | null = null
): void {
  const words = menuWords(chosen ?? uiLanguageOf(app.getLocale()))
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
              item(`${words.settings}…`, 'preferences'),
              { type: 'separator' as const },
              { role: 'quit' as const }
            ]
          }
        ]
      : []),
    {
      label: words.file,
      submenu: [
        item(words.newAccount, 'newAccount'),
        item(words.export, 'export'),
        ...(isMac
          ? []
          : [
              { type: 'separator' as const },
              item(words.settings, 'preferences'),
              { type: 'separator' as const },
              { role: 'quit' as const }
            ])
      ]
    },
    {
      label: words.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item(words.find, 'search')
      ]
    },
    { role: 'windowMenu' }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

/** The menu again, in the language kept in the data folder (readable while locked). */
export async function installMenuInChosenLanguage(
  core: Pick<UnlinkerCore, 'invoke'>,
  window: () => BrowserWindow | null
): Promise<void> {
  const answer = await core.invoke('getPreferences', {})
  installMenu(window, answer.ok ? answer.data.language : null)
}
