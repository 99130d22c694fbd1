import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { parsePasswordExport } from '../../../src/core/discover/parse-export'
import { pieces, readSmsExport } from '../../../src/core/discover/sms/read-sms-export'
import {
  bigValuesSmsDb,
  computedSmsDb,
  inflating1pux,
  inflatingDashlaneZip
} from '../../support/crafted-imports'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

function readSmsDb(bytes: Uint8Array) {
  return readSmsExport(
    'iphone-db',
    pieces(bytes, () => undefined),
    appCatalog(),
    [],
    []
  )
}

describe('a crafted import', { timeout: 60_000 }, () => {
  it('that computes its messages or senders (generated columns) is refused unread', async () => {
    for (const where of ['message', 'handle'] as const)
      await expect(readSmsDb(await computedSmsDb(where)), where).rejects.toMatchObject({
        code: 'badFile',
        reason: { key: 'smsDatabaseComputed' }
      })
  })

  it('with messages of megabytes each reads only their start, and counts each', async () => {
    const dir = await tempDir()
    // A heap far smaller than the app's: whole messages of 16 MB would not fit in it.
    const core = await openCore(join(dir, 'data'), undefined, {
      mode: 'electron',
      importHeapMb: 48
    })
    await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
    const file = join(dir, 'sms.db')
    await bigValuesSmsDb(file, 3, 16)
    const found = await must(core, 'discoverAccounts', { source: { path: file } })
    const tbank = found.candidates.find((c) => c.catalogId === 't-bank')
    // The last message's code comes after 16 MB of spaces: its start holds no code.
    expect(tbank?.sms).toMatchObject({ messages: 4, codes: 3 })
  })

  it('ZIP that unpacks to more than a plain export may be is refused at 50 MB', async () => {
    const dir = await tempDir()
    const dashlane = join(dir, 'dashlane.zip')
    await inflatingDashlaneZip(dashlane, 13)
    const onepux = join(dir, 'export.1pux')
    await inflating1pux(onepux, 51)
    for (const file of [dashlane, onepux])
      await expect(parsePasswordExport(await readFile(file)), file).rejects.toMatchObject({
        code: 'badFile',
        reason: { key: 'zipTooLarge', values: { limit: '50 MB' } }
      })
  })

  it('JSON that would make more objects than any export is refused before it is parsed', async () => {
    // Parsing cannot be stopped halfway: 50 MB of "{}," would take some 900 MB at once.
    const json = `{"items":[${'{},'.repeat(3_000_000)}{"a":"{[{[\\\\"}]}`
    await expect(parsePasswordExport(Buffer.from(json))).rejects.toMatchObject({
      code: 'badFile',
      reason: { key: 'tooLargeToRead' }
    })
  })

  it('that needs more memory than one import may use ends its reader only, answered as too large', async () => {
    const dir = await tempDir()
    // A smaller heap than the app's, so that a 20 MB table reaches it.
    const core = await openCore(join(dir, 'data'), undefined, {
      mode: 'electron',
      importHeapMb: 96
    })
    await must(core, 'createCase', { number: '+79123456789', carrier: 'mts' })
    const file = join(dir, 'cells.csv')
    await writeFile(file, `name,url,username,password\n${`${'a,'.repeat(1000)}a\n`.repeat(10_000)}`)
    expect(await core.call('discoverAccounts', { source: { path: file } })).toMatchObject({
      ok: false,
      error: { code: 'badFile', reason: { key: 'tooLargeToRead' } }
    })
    const csv = join(dir, 'chrome.csv')
    await writeFile(csv, 'name,url,username,password\nOzon,https://www.ozon.ru/,anna,secret\n')
    const next = await must(core, 'discoverAccounts', { source: { path: csv } })
    expect(next.candidates.map((c) => c.catalogId)).toEqual(['ozon'])
  })
})
