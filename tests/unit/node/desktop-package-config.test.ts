import { readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
// electron-builder's own loader and schema check, exactly what `npm run dist` runs first.
import { findAndReadConfig } from 'app-builder-lib/out/util/config/load'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
// And its own file matchers: the `files` patterns plus the defaults it adds (such as
// leaving out the build-resources folder, resources/, unless a pattern names a part of it).
import * as fileMatcher from 'app-builder-lib/out/fileMatcher'
import { DebugLogger } from 'builder-util'
import type { Configuration } from 'app-builder-lib'
import { createMainWindow } from '../../../src/main/window'
import { asFakeWindow } from '../../support/fake-electron'
import { tempDir } from '../../support/temp-dir'

vi.mock('electron', () => import('../../support/fake-electron'))

const projectDir = join(__dirname, '../../..')

async function readConfig(): Promise<Configuration> {
  const found = await findAndReadConfig({
    projectDir,
    configFilename: 'electron-builder',
    packageKey: 'build',
    packageMetadata: null
  })
  if (!found) throw new Error('electron-builder.yml not found')
  return found.result as Configuration
}

/** electron-builder's packing uses this; its type declarations leave it out as internal. */
const { getMainFileMatchers } = fileMatcher as unknown as {
  getMainFileMatchers: (
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean
  ) => fileMatcher.FileMatcher[]
}

/** The project files electron-builder would pack into the app, relative to the project. */
async function packedFiles(): Promise<string[]> {
  const config = await readConfig()
  const info = {
    projectDir,
    buildResourcesDir: config.directories?.buildResources ?? 'build',
    config,
    isPrepackedAppAsar: false,
    debugLogger: new DebugLogger(false)
  }
  const [matcher] = getMainFileMatchers(
    projectDir,
    join(projectDir, 'dist', 'app'),
    (pattern: string) => pattern,
    {},
    { info },
    join(projectDir, 'dist'),
    false
  )
  const filter = matcher!.createFilter()
  const out: string[] = []
  // As electron-builder walks: a folder the filter refuses is not entered.
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === '.git') continue
      const path = join(dir, name)
      const stat = statSync(path)
      if (!filter(path, stat)) continue
      if (stat.isDirectory()) walk(path)
      else out.push(relative(projectDir, path).split('\\').join('/'))
    }
  }
  walk(projectDir)
  return out
}

describe('the desktop packages', () => {
  it('pack the knowledge base, the generated catalog and the notices main reads, and no source file', async () => {
    const files = await packedFiles()
    const knowledge = files.filter((f) => f.startsWith('resources/knowledge/'))
    for (const folder of ['services', 'kinds'])
      expect(
        knowledge.filter((f) => f.startsWith(`resources/knowledge/${folder}/`)).length,
        folder
      ).toBeGreaterThan(5)
    expect(knowledge).toContain('resources/knowledge/services/sber.json')
    expect(files).toContain('resources/catalog/catalog.json')
    expect(files).toContain('resources/THIRD-PARTY-NOTICES.md')
    expect(files).toContain('package.json')
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('tests/'))).toEqual([])
    // The window's icon, and not its SVG source: only what main reads goes in.
    expect(files.filter((f) => f.startsWith('resources/icon'))).toEqual(['resources/icon.png'])
  })

  it('pack the window icon where the built window looks for it', async () => {
    const window = asFakeWindow(createMainWindow(await tempDir()))
    // The built window runs from out/main, as deep under the app's root as src/main is.
    const icon = relative(projectDir, String(window.options.icon)).split(sep).join('/')
    expect(icon).toBe('resources/icon.png')
    expect(await packedFiles()).toContain(icon)
  })

  it('are described by a configuration electron-builder accepts', async () => {
    const config = await readConfig()
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('target Linux, Windows and macOS with the app icon', async () => {
    const config = await readConfig()
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.icon).toBe('resources/icon.png')
  })

  it('burn in the hardening fuses', async () => {
    const fuses = (await readConfig()).electronFuses
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The fuses break the macOS signature: an unsigned build is signed ad hoc again.
      resetAdHocDarwinSignature: true
    })
  })
})
