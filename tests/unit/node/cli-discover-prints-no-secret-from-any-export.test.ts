import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeCore, must, openCore } from '../../support/open-core'
import { everyExport } from '../../support/password-export-zips'
import { unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const SECRETS =
  /PLANTED|otpauth|secret=|4111111111111111|5555555555554444|2202200000000000|IVAN PETROV|CIPHERTEXT/

// Every export read through discovery, each in its own worker: slow on a busy machine.
describe('unlinker discover on every password manager export', { timeout: 600_000 }, () => {
  it('prints counts and services, never a secret, and stores none on --apply', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data)
    await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
    await closeCore(core)
    for (const [name, bytes] of await everyExport()) {
      const file = join(dir, name)
      await writeFile(file, bytes)
      const refused = /encrypted|password-protected/.test(name)
      const { code, out, err } = await unlinker(
        'discover',
        file,
        '--data',
        data,
        '--json',
        '--apply'
      )
      expect(code, `${name}: ${err}`).toBe(refused ? 5 : 0)
      expect(out + err, name).not.toMatch(SECRETS)
    }
    const lastpass = await unlinker('discover', join(dir, 'lastpass.csv'), '--data', data, '--json')
    expect(JSON.parse(lastpass.out).read).toEqual({
      items: 7,
      logins: 3,
      skipped: { notes: 1, cards: 1, identities: 1, other: 1, unreadable: 0 }
    })
    const human = await unlinker('discover', join(dir, 'firefox.csv'), '--data', data)
    expect(human.out).toContain('4 items read, 3 logins; skipped: 1 row that could not be read.')
    expect(human.out).not.toMatch(SECRETS)
    for (const name of await readdir(data, { recursive: true }))
      expect(await readFile(join(data, name), 'utf8').catch(() => '')).not.toMatch(SECRETS)
  })
})
