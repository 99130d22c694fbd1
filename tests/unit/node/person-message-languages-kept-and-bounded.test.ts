import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { STORE_VERSION } from '../../../src/core/store/schema'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('the languages of a person’s message', () => {
  it('are kept, one or two of the app’s languages; anything else is refused and changes nothing', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    const c = await must(core, 'createCase', { number: '+7 912 345-67-89', country: 'RU' })
    const mum = await must(core, 'createPerson', { caseId: c.id, name: 'Мама' })
    // None chosen: the message is in the language of the number she knows.
    expect(mum.messageLanguages).toEqual([])
    const both = await must(core, 'updatePerson', {
      id: mum.id,
      patch: { messageLanguages: ['zh-CN', 'ru'] }
    })
    expect(both.messageLanguages).toEqual(['zh-CN', 'ru'])
    for (const messageLanguages of [['en', 'ru', 'zh-CN'], ['de']]) {
      // As an untrusted window could send it: the contract checks it, not the type.
      const refused = await core.invoke('updatePerson', {
        id: mum.id,
        patch: { messageLanguages }
      } as never)
      expect(refused.ok).toBe(false)
    }
    expect((await must(core, 'listPeople', {}))[0]!.messageLanguages).toEqual(['zh-CN', 'ru'])
    await closeCore(core)
  })

  it('are none for the people of a store written before them', async () => {
    const dir = await tempDir()
    const first = await openCore(dir)
    const c = await must(first, 'createCase', { number: '+7 912 345-67-89', country: 'RU' })
    await must(first, 'createPerson', { caseId: c.id, name: 'Мама' })
    await closeCore(first)
    const path = join(dir, STORE_FILE)
    const current = JSON.parse(await readFile(path, 'utf8'))
    const people = current.people.map(
      ({ messageLanguages: _, ...older }: Record<string, unknown>) => older
    )
    await writeFile(path, JSON.stringify({ ...current, schemaVersion: 11, people }))

    const core = await openCore(dir)
    expect((await must(core, 'listPeople', {}))[0]).toMatchObject({
      name: 'Мама',
      messageLanguages: []
    })
    await must(core, 'createPerson', { caseId: c.id, name: 'Папа' })
    await closeCore(core)
    expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(STORE_VERSION)
  })
})
