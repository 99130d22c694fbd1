import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// electron-builder's own loader and schema check, exactly what `npm run dist` runs first.
import { findAndReadConfig } from 'app-builder-lib/out/util/config/load'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import type { Configuration } from 'app-builder-lib'

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

describe('the desktop packages', () => {
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
      onlyLoadAppFromAsar: true
    })
  })
})
