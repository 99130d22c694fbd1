import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  app,
  asElectronWindow,
  BrowserWindow,
  Menu,
  type MenuItem
} from '../../support/fake-electron'
import { installMenu } from '../../../src/main/menu'
import { APP_COMMANDS } from '../../../src/shared/commands'
import { MENU_CHANNEL } from '../../../src/shared/menu-channel'
import ru from '../../../locales/ru.json'

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

  it('sends nothing when the window is gone', () => {
    installMenu(() => null)
    const all = items(Menu.installed ?? [])
    expect(() => all.find((item) => item.click)?.click?.()).not.toThrow()
  })
})
