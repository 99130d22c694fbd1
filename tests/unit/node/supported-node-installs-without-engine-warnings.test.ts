import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** npm's own range rules: the package npm checks `engines` with (it has no type declarations). */
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean
}

const root = join(__dirname, '../../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string }
}
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>
}
const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** The first release of each Node line the app supports, as the README names them. */
const SUPPORTED = ['20.19.0', '22.13.0', '24.0.0']
/** Releases some installed package refuses: npm would print an engine warning there. */
const WARNED = ['20.18.3', '22.12.0', '23.11.0']

/** Packages an install puts on every machine whose Node range refuses this version. */
function refusing(version: string): string[] {
  return Object.entries(lock.packages).flatMap(([path, p]) => {
    const range = Array.isArray(p.engines) ? undefined : p.engines?.node
    // Optional packages are per-platform builds npm skips where they do not fit.
    return path !== '' && range && !p.optional && !semver.satisfies(version, range)
      ? [`${path} wants ${range}`]
      : []
  })
}

describe('the Node versions the app supports', () => {
  it('install every locked package without an engine warning', () => {
    expect(lock.packages['']?.engines).toEqual(pkg.engines)
    for (const version of SUPPORTED) {
      expect(semver.satisfies(version, pkg.engines.node), version).toBe(true)
      expect(refusing(version), version).toEqual([])
    }
  })

  it('are all that package.json claims: a release that would warn is not accepted', () => {
    for (const version of WARNED) {
      expect(refusing(version).length, version).toBeGreaterThan(0)
      expect(semver.satisfies(version, pkg.engines.node), version).toBe(false)
    }
  })

  it('are the ones the README names', () => {
    expect(readme).toContain('Node 20.19 or newer on 20, 22.13 or newer on 22, or 24')
  })
})
