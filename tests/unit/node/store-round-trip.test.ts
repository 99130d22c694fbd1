import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { STORE_VERSION } from '../../../src/core/store/schema'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

describe('the store on real files', () => {
  it('gives back after a restart exactly what was written', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    const sber = await must(core, 'createAccount', {
      name: 'Sber',
      category: 'bank',
      usages: ['login', 'sms2fa'],
      settingsUrl: 'https://www.sberbank.ru/',
      notes: 'Кодовое слово: ask at the branch'
    })
    await must(core, 'createAccount', { name: '微信 WeChat', category: 'messenger' })
    await must(core, 'setAccountStatus', { ids: [sber.id], status: 'unlinked' })
    const before = await must(core, 'listAccounts', {})
    const historyBefore = await must(core, 'listHistory', {})
    await closeCore(core)

    const reopened = await openCore(dir)
    expect(await must(reopened, 'listAccounts', {})).toEqual(before)
    expect(await must(reopened, 'listHistory', {})).toEqual(historyBefore)
    expect(historyBefore.map((e) => `${e.entity} ${e.action}`)).toEqual([
      'account updated',
      'account created',
      'account created',
      'case created'
    ])
  })

  it('leaves no temp file behind and keeps the file valid JSON with a schemaVersion', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => must(core, 'createAccount', { name: `Service ${i}` }))
    )
    const files = await readdir(dir)
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([])
    const stored = JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'))
    expect(stored.schemaVersion).toBe(STORE_VERSION)
    expect(stored.accounts).toHaveLength(20)
  })
})
