import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { asElectronWindow, BrowserWindow, screen } from '../../support/fake-electron'
import { tempDir } from '../../support/temp-dir'
import { keepWindowState, loadWindowState } from '../../../src/main/window-state'

vi.mock('electron', () => import('../../support/fake-electron'))

const FULL_HD = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } }

describe('the window’s size and place', () => {
  beforeEach(() => {
    screen.displays = [FULL_HD]
  })

  it('starts at the default size, unplaced, with nothing saved or an unreadable file', async () => {
    const dir = await tempDir()
    const fresh = loadWindowState(dir)
    expect(fresh).toMatchObject({ placed: false, maximized: false })
    expect(fresh.bounds).toMatchObject({ width: 1280, height: 800 })
    await writeFile(join(dir, 'window-state.json'), '{"bounds":')
    expect(loadWindowState(dir).placed).toBe(false)
  })

  it('is saved on close and comes back where it was', async () => {
    const dir = await tempDir()
    const window = new BrowserWindow({})
    window.normalBounds = { x: 100, y: 50, width: 1000, height: 700 }
    window.maximized = true
    keepWindowState(asElectronWindow(window), dir)
    window.emit('close')
    expect(JSON.parse(await readFile(join(dir, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: true
    })
    expect(loadWindowState(dir)).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: true,
      placed: true
    })
  })

  it('is not placed off every display (an unplugged monitor) nor below the minimum size', async () => {
    const dir = await tempDir()
    const save = (bounds: object): Promise<void> =>
      writeFile(join(dir, 'window-state.json'), JSON.stringify({ bounds, maximized: false }))
    await save({ x: 2500, y: 100, width: 1000, height: 700 })
    expect(loadWindowState(dir).placed).toBe(false)
    screen.displays = [FULL_HD, { workArea: { x: 1920, y: 0, width: 1920, height: 1080 } }]
    expect(loadWindowState(dir).placed).toBe(true)
    await save({ x: 0, y: 0, width: 500, height: 700 })
    expect(loadWindowState(dir).placed).toBe(false)
  })
})
