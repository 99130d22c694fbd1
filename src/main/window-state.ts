import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, type BrowserWindow, type Rectangle } from 'electron'

interface WindowState {
  bounds: Rectangle
  maximized: boolean
}

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1280, height: 800 }, maximized: false }

/** The window's last size and place, if it still fits on a connected display. */
export function loadWindowState(dir: string): WindowState & { placed: boolean } {
  try {
    const saved = JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8')) as WindowState
    const { x, y, width, height } = saved.bounds
    const visible = screen
      .getAllDisplays()
      .some(
        ({ workArea: a }) =>
          x >= a.x &&
          y >= a.y &&
          x + Math.min(width, 200) <= a.x + a.width &&
          y + 50 <= a.y + a.height
      )
    if (width >= 640 && height >= 480 && visible) return { ...saved, placed: true }
  } catch {
    // No saved state yet, or an unreadable one: start centred at the default size.
  }
  return { ...DEFAULT, placed: false }
}

/** Remembers size and place when the window closes. */
export function keepWindowState(window: BrowserWindow, dir: string): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
    try {
      writeFileSync(join(dir, 'window-state.json'), JSON.stringify(state))
    } catch {
      // Losing the window's place is not worth an error on the way out.
    }
  })
}
