import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { snapshotTexts } from '../../../scripts/knowledge/output'

const SNAPSHOT_DIR = join(__dirname, '../../snapshots/knowledge')

/**
 * What the knowledge base makes the product say (the merged catalog, every entry's
 * guidance in every phase, locked out or not, in each language, the carrier, state-check
 * and clock facts) is exactly the committed snapshot. A fact changes only when someone
 * regenerates the snapshot on purpose (npm run knowledge:snapshot) and commits why.
 */
describe('the knowledge output', { timeout: 120_000 }, () => {
  const now = snapshotTexts()

  for (const name of Object.keys(now)) {
    it(`matches tests/snapshots/knowledge/${name}`, () => {
      const committed = readFileSync(join(SNAPSHOT_DIR, name), 'utf8')
      if (committed === now[name]) return
      // Name the first lines that differ instead of printing megabytes.
      const was = committed.split('\n')
      const is = now[name]!.split('\n')
      const differ: string[] = []
      for (let i = 0; i < Math.max(was.length, is.length) && differ.length < 5; i++) {
        const [a = '', b = ''] = [was[i], is[i]]
        if (a === b) continue
        let at = 0
        while (a[at] === b[at]) at++
        const around = (s: string): string => s.slice(Math.max(0, at - 200), at + 200)
        differ.push(`line ${i + 1}, at ${at}:\n- …${around(a)}…\n+ …${around(b)}…`)
      }
      expect.fail(`${name} differs from the snapshot:\n${differ.join('\n')}`)
    })
  }
})
