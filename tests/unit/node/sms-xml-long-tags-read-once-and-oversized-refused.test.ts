import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { androidSmsMessages } from '../../../src/core/discover/sms/android-sms-xml'
import { MAX_TAG_CHARS } from '../../../src/core/discover/sms/xml-tag-scanner'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const HEAD = '<?xml version="1.0"?><smses count="2">'

/** Text in pieces of `size` characters, as a slow stream would hand them over. */
async function* inPieces(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size)
}

describe('the SMS XML scanner', () => {
  // Before, every piece re-read the whole unfinished tag: 4 MB in 1 KB pieces was some
  // eight billion characters read, far beyond this test's time limit. Now each is read
  // a bounded number of times.
  it('reads a 4 MB tag that arrives in 1 KB pieces, with ">" in every piece', async () => {
    const body = 'Заказ > доставлен '.repeat((4 * 1024 * 1024) / 18)
    const xml = `${HEAD}<sms address="OZON" date="1700000000000" type="1" body="${body}" /><sms address="Tinkoff" date="1700000000001" type="1" body="Код 4821" /></smses>`
    const read = []
    for await (const message of androidSmsMessages(inPieces(xml, 1024))) read.push(message)
    expect(read.map((m) => m.sender)).toEqual(['OZON', 'Tinkoff'])
    expect(read[0]?.body).toBe(body)
  }, 20_000)

  it('answers a tag larger than any export as a bad file, in the app language, and the app goes on', async () => {
    const dir = await tempDir()
    const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
    await must(core, 'createCase', { number: '+79123456789' })
    const file = join(dir, 'sms.xml')
    await writeFile(
      file,
      `${HEAD}<sms address="OZON" date="1" type="1" body="${'x'.repeat(MAX_TAG_CHARS + 1024)}" /></smses>`
    )
    const answer = await core.call('discoverAccounts', { source: { path: file } })
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'badFile', reason: { key: 'xmlTagTooLarge' } }
    })
    if (!answer.ok) expect(answer.error.message).toMatch(/larger than 16 MB/)
    expect(await must(core, 'listCases', {})).toHaveLength(1)
    await closeCore(core)

    // The command line: a bad file, exit 5, in one sentence.
    const cli = await unlinker('discover', file, '--data', join(dir, 'data'))
    expect(cli.code).toBe(5)
    expect(cli.err).toMatch(/^unlinker: An element of this XML file is larger than 16 MB/)
  })
})
