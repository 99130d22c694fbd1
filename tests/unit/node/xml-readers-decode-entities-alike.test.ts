import { describe, expect, it } from 'vitest'
import { parseXml } from '../../../src/core/discover/readers/small-xml'
import { xmlEvents } from '../../../src/core/discover/sms/xml-tag-scanner'

/** Text as a file would hold it, and what a reader must make of it. */
const CASES: Array<[string, string]> = [
  ['Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;yo&apos; &gt;', `Tom & Jerry <3 "hi" 'yo' >`],
  ['&#1057;&#x431;&#X435;&#x440;', 'Сбер'],
  ['&#x1F600; smile', '😀 smile'],
  // No entity of the file's own: an unknown name stays as written.
  ['a&nbsp;b &custom; c', 'a&nbsp;b &custom; c'],
  // A reference to no character is dropped.
  ['x&#0;y&#x110000;z', 'xyz'],
  ['&amp;lt; stays one level deep', '&lt; stays one level deep']
]

async function smsAttribute(raw: string): Promise<string | undefined> {
  async function* chunks(): AsyncGenerator<string> {
    yield `<?xml version="1.0"?><smses><sms body="${raw}" /></smses>`
  }
  for await (const event of xmlEvents(chunks()))
    if (event.type === 'open' && event.name === 'sms') return event.attrs.body
  return undefined
}

describe('both XML readers decode entities the same way', () => {
  it.each(CASES)('%s', async (raw, expected) => {
    // Message exports (SMS Backup & Restore): attributes, read from a stream.
    expect(await smsAttribute(raw)).toBe(expected)
    // Password exports (SafeInCloud): attributes and text.
    const root = parseXml(`<database><card title="${raw}">${raw}</card></database>`)
    const card = root.children[0]?.children[0]
    expect(card?.attrs.title).toBe(expected)
    expect(card?.text).toBe(expected)
  })
})
