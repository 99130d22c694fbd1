import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { catalogText, catalogValue } from '../../../src/cli/commands/catalog-command'
import { sayIn } from '../../../src/cli/cli-text'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

/** What must never reach a terminal from a name: C0 and C1 controls, DEL, bidi controls. */
const UNSAFE =
  // Control characters are what this matches.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/** A title-setting escape, a screen clear, a C1 CSI, and a right-to-left override. */
const HOSTILE = (name: string): string =>
  `\u001b]0;owned\u0007${name}\u001b[2J\u009b31m\u202egpj.exe\u202c\u2066`

describe('the command line', () => {
  it('prints senders from a message export without controls or bidi overrides, text and JSON', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data)
    await must(core, 'createCase', { number: '+79123456789' })
    await closeCore(core)
    const file = join(dir, 'sms.xml')
    const sms = (address: string): string =>
      `<sms address="${address.replace(/&/g, '&amp;')}" date="1700000000000" type="1" body="Ваш баланс 150 руб." />`
    await writeFile(
      file,
      `<?xml version="1.0"?><smses count="2">${sms(HOSTILE('EVILBANK'))}${sms('&#x1b;]0;x&#x7;RLOSHOP&#x202e;')}</smses>`
    )
    const text = await unlinker('discover', file, '--data', data)
    expect(text.code).toBe(0)
    expect(text.out).toContain('EVILBANK')
    expect(text.out).toContain('RLOSHOP')
    expect(text.out).not.toMatch(UNSAFE)
    const json = await unlinker('discover', file, '--data', data, '--json')
    expect(json.code).toBe(0)
    expect(json.out).not.toMatch(UNSAFE)
    expect(
      JSON.parse(json.out).messages.unknownSenders.map((u: { sender: string }) => u.sender)
    ).toEqual(expect.arrayContaining([expect.stringContaining('EVILBANK')]))
  })

  it('prints catalog names without controls or bidi overrides, text and JSON', async () => {
    const real = appCatalog().entries[0]!
    const hostile = { ...real, name: HOSTILE(real.name), names: { en: HOSTILE(real.name) } }
    const text = catalogText([hostile], { language: 'en', say: sayIn('en') })
    expect(text).toContain(real.name)
    expect(text).not.toMatch(UNSAFE)
    expect(JSON.stringify(catalogValue([hostile]))).not.toMatch(UNSAFE)
    // And the catalog as it ships, whole, through the command itself.
    for (const args of [[], ['--json']]) {
      const { code, out } = await unlinker('catalog', ...args)
      expect(code).toBe(0)
      expect(out).not.toMatch(UNSAFE)
    }
  })
})
