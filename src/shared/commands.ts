/**
 * Commands with a keyboard shortcut. Electron's application menu and web mode's key
 * handler raise the same commands; the renderer carries them out.
 */
export const APP_COMMANDS = {
  newAccount: 'CmdOrCtrl+N',
  search: 'CmdOrCtrl+F',
  export: 'CmdOrCtrl+E',
  preferences: 'CmdOrCtrl+,'
} as const

export type AppCommand = keyof typeof APP_COMMANDS

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(APP_COMMANDS, value)
}

/** The command a key press stands for, if any (Ctrl on Windows and Linux, ⌘ on macOS). */
export function commandForKey(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}): AppCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null
  const key = event.key.toLowerCase()
  for (const [command, accelerator] of Object.entries(APP_COMMANDS)) {
    if (accelerator.split('+').at(-1)?.toLowerCase() === key) return command as AppCommand
  }
  return null
}
