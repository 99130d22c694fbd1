import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  app,
  asElectronWindow,
  BrowserWindow,
  Menu,
  type MenuItem
} from '../../support/fake-electron'
import { join } from 'node:path'
import { ipcMain } from '../../support/fake-electron'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'
import { registerIpc } from '../../../src/main/ipc'
import { installMenu, installMenuInChosenLanguage } from '../../../src/main/menu'
import { APP_COMMANDS } from '../../../src/shared/commands'
import { channelOf } from '../../../src/shared/contract'
import type { Preferences } from '../../../src/shared/domain/preferences'
import { MENU_CHANNEL } from '../../../src/shared/menu-channel'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'

vi.mock('electron', () => import('../../support/fake-electron'))

function items(menu: MenuItem[]): MenuItem[] {
  return menu.flatMap((item) => [item, ...items(item.submenu ?? [])])
}

describe('the application menu', () => {
  beforeEach(() => {
    Menu.installed = null
    app.locale = 'en-US'
  })

  it('hands each command to the window, with the same shortcut as web mode', () => {
    const window = new BrowserWindow({})
    installMenu(() => asElectronWindow(window))
    const all = items(Menu.installed ?? [])
    const commands = all.filter((item) => item.click)
    expect(commands.length).toBeGreaterThanOrEqual(4)
    for (const item of commands) item.click?.()
    const sent = window.webContents.sent.map((s) => [s.channel, ...s.args])
    expect(sent).toEqual(
      expect.arrayContaining([
        [MENU_CHANNEL, 'newAccount'],
        [MENU_CHANNEL, 'export'],
        [MENU_CHANNEL, 'preferences'],
        [MENU_CHANNEL, 'search']
      ])
    )
    for (const item of commands) {
      const command = sent[commands.indexOf(item)]?.[1] as keyof typeof APP_COMMANDS
      expect(item.accelerator).toBe(APP_COMMANDS[command])
    }
    expect(all.map((item) => item.role)).toEqual(expect.arrayContaining(['quit', 'copy', 'paste']))
  })

  it('speaks the system’s language', () => {
    app.locale = 'ru-RU'
    installMenu(() => null)
    const labels = (Menu.installed ?? []).map((item) => item.label)
    expect(labels).toContain(ru.menu.file)
    expect(labels).toContain(ru.menu.edit)
  })

  it('speaks the language chosen in the app over the system’s', async () => {
    app.locale = 'en-US'
    const core = await openCore(join(await tempDir(), 'data'), undefined, { mode: 'electron' })
    await must(core, 'setPreferences', { language: 'zh-CN' })
    await installMenuInChosenLanguage(core, () => null)
    expect((Menu.installed ?? []).map((item) => item.label)).toContain(zhCN.menu.file)
    // Back to no choice: the system's language again.
    await must(core, 'setPreferences', { language: null })
    await installMenuInChosenLanguage(core, () => null)
    expect((Menu.installed ?? []).map((item) => item.label)).toContain(en.menu.file)
  })

  it('follows a language chosen in Settings through the window’s call', async () => {
    ipcMain.handlers.clear()
    app.locale = 'en-US'
    const core = await openCore(join(await tempDir(), 'data'), undefined, { mode: 'electron' })
    const window = new BrowserWindow({})
    await installMenuInChosenLanguage(core, () => asElectronWindow(window))
    expect((Menu.installed ?? []).map((item) => item.label)).toContain(en.menu.file)
    const reinstalled = new Promise<void>((resolve) =>
      registerIpc(
        core,
        () => asElectronWindow(window),
        undefined,
        // As the app wires it: the answer of setPreferences carries the language.
        (name, data) => {
          if (name !== 'setPreferences') return
          installMenu(() => asElectronWindow(window), (data as Preferences).language)
          resolve()
        }
      )
    )
    const setPreferences = ipcMain.handlers.get(channelOf('setPreferences')) as unknown as (
      event: { senderFrame: unknown },
      input: unknown
    ) => Promise<unknown>
    await setPreferences({ senderFrame: window.webContents.mainFrame }, { language: 'ru' })
    await reinstalled
    expect((Menu.installed ?? []).map((item) => item.label)).toContain(ru.menu.file)
  })

  it('sends nothing when the window is gone', () => {
    installMenu(() => null)
    const all = items(Menu.installed ?? [])
    expect(() => all.find((item) => item.click)?.click?.()).not.toThrow()
  })
})
