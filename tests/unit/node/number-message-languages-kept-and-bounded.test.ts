import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { STORE_VERSION } from '../../../src/core/store/schema'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('the languages of a number’s shared message', () => {
  it('are one or two of the app’s languages; anything else is refused and changes nothing', async () => {
    const core = await openCore(await tempDir())
    const c = await must(core, 'createCase', { number: '+7 912 345-67-89', country: 'RU' })
    // None chosen: the message is in the language of the number's country.
    expect(c.messageLanguages).toEqual([])
    const both = await must(core, 'updateCase', {
      id: c.id,
      patch: { messageLanguages: ['ru', 'zh-CN'] }
    })
    expect(both.messageLanguages).toEqual(['ru', 'zh-CN'])
    for (const messageLanguages of [['en', 'ru', 'zh-CN'], ['de'], 'ru']) {
      // As an untrusted window could send it: the contract checks it, not the type.
      const refused = await core.invoke('updateCase', {
        id: c.id,
        patch: { messageLanguages }
      } as never)
      expect(refused.ok).toBe(false)
    }
    expect((await must(core, 'listCases', {}))[0]!.messageLanguages).toEqual(['ru', 'zh-CN'])
    await closeCore(core)
  })

  it('are none for the numbers of a store written before them', async () => {
    const dir = await tempDir()
    const first = await openCore(dir)
    await must(first, 'createCase', { number: '+7 912 345-67-89', country: 'RU' })
    await closeCore(first)
    const path = join(dir, STORE_FILE)
    const current = JSON.parse(await readFile(path, 'utf8'))
    const cases = current.cases.map(
      ({ messageLanguages: _, ...older }: Record<string, unknown>) => older
    )
    await writeFile(path, JSON.stringify({ ...current, schemaVersion: 12, cases }))

    const core = await openCore(dir)
    const [c] = await must(core, 'listCases', {})
    expect(c).toMatchObject({ number: '+79123456789', messageLanguages: [] })
    await must(core, 'updateCase', { id: c!.id, patch: { messageLanguages: ['en'] } })
    await closeCore(core)
    const saved = JSON.parse(await readFile(path, 'utf8'))
    expect(saved.schemaVersion).toBe(STORE_VERSION)
    expect(saved.cases[0].messageLanguages).toEqual(['en'])
  })
})
