import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

// macOS and some keyboards type "é" or "ё" as a letter plus a combining mark, others as
// one character: the same passphrase must unlock the data whichever way it arrives.
const composed = 'Ёлка café 2026'.normalize('NFC')
const decomposed = composed.normalize('NFD')

describe('a passphrase unlocks whichever way its letters were typed', () => {
  it('unlocks with the composed form a passphrase set in the decomposed one', async () => {
    expect(decomposed).not.toBe(composed)
    const data = join(await tempDir(), 'data')
    const core = await openCore(data, undefined, {
      mode: 'electron',
      kdf: { N: 1024, r: 8, p: 1 }
    })
    await must(core, 'createCase', { number: '+79123456789' })
    await must(core, 'enableEncryption', { passphrase: decomposed })
    expect((await must(core, 'lock', {})).encryption).toBe('locked')
    expect((await must(core, 'unlock', { passphrase: composed })).encryption).toBe('on')
    expect(await must(core, 'listCases', {})).toHaveLength(1)
  })
})
