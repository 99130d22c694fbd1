import { describe, expect, it } from 'vitest'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('a case as the window receives it', () => {
  it('carries the new number formatted, for the message to people', async () => {
    const core = await openCore(await tempDir())
    await must(core, 'createCase', {
      number: '8 912 345-67-89',
      country: 'RU',
      replacementNumber: '+44 7911 123456'
    })
    const [c] = await must(core, 'listCases', {})
    expect(c).toMatchObject({
      replacementNumber: '+447911123456',
      display: '+7 912 345 67 89',
      replacementDisplay: '+44 7911 123456'
    })
  })

  it('has an empty display for a new number not set yet', async () => {
    const core = await openCore(await tempDir())
    const c = await must(core, 'createCase', { number: '', country: 'RU' })
    expect(c.replacementDisplay).toBe('')
  })
})
