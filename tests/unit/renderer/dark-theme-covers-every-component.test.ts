import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { darkTheme } from '../../../src/renderer/src/theme/dark-theme'

const RENDERER = join(__dirname, '../../../src/renderer/src')

/** Naive UI's components as the app imports them, read from every renderer file. */
async function importedComponents(): Promise<Set<string>> {
  const files = await readdir(RENDERER, { recursive: true })
  const names = new Set<string>()
  for (const file of files.filter((f) => /\.(vue|ts)$/.test(f))) {
    const text = await readFile(join(RENDERER, file), 'utf8')
    for (const block of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'naive-ui'/g))
      for (const name of block[1]!.split(',').map((n) => n.trim()))
        if (/^N[A-Z]\w+$/.test(name) && !/^N(Date)?Locale$/.test(name)) names.add(name)
  }
  return names
}

/**
 * The theme entry that styles a component: a group or item shares its parent's, a
 * provider the messages or dialogs it shows; the config provider is the theme itself.
 */
function themeKey(component: string): string | null {
  const name = component.slice(1)
  if (name === 'ConfigProvider') return null
  const provided = /^(Message|Dialog|Notification)Provider$/.exec(name)
  if (provided) return provided[1]!
  return name.replace(/(Group|Button|Item|Sider|Content)$/, '') || name
}

describe('the dark theme', () => {
  it('styles every Naive UI component the app imports, so none stays light in dark mode', async () => {
    const components = await importedComponents()
    // The list is read, not empty: a change in how the app imports would show here.
    expect(components).toContain('NDatePicker')
    expect(components).toContain('NButton')
    const keys = darkTheme as unknown as Record<string, unknown>
    const missing = [...components].filter((c) => {
      const key = themeKey(c)
      return key !== null && !keys[key]
    })
    expect(missing).toEqual([])
  })
})
