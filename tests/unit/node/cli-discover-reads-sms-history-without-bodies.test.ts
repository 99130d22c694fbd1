import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker } from '../../support/run-cli'
import { androidSmsXml, iphoneSmsCsv, PLANTED_SMS } from '../../support/sms-exports'
import { tempDir } from '../../support/temp-dir'

const PLANTED = [...PLANTED_SMS.codes, ...PLANTED_SMS.bodies, ...PLANTED_SMS.numbers]

async function folderWithCase(): Promise<string> {
  const data = join(await tempDir(), 'data')
  const core = await openCore(data)
  await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
  await closeCore(core)
  return data
}

/** Every file the data folder holds, as text. */
async function everything(dir: string): Promise<string> {
  let text = ''
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) text += await readFile(join(entry.parentPath, entry.name), 'utf8')
  return text
}

// Eight discoveries in one test, each in its own worker: slow on a busy machine.
describe('unlinker discover on an SMS history', { timeout: 120_000 }, () => {
  it('prints each service with its evidence, unknown senders and a count of people', async () => {
    const data = await folderWithCase()
    const file = join(await tempDir(), 'sms-20251113.xml')
    await writeFile(file, androidSmsXml())
    const { code, out, err } = await unlinker('discover', file, '--data', data, '--json')
    expect(err).toBe('')
    expect(code).toBe(0)
    const found = JSON.parse(out) as {
      format: string
      services: Array<{ catalogId: string; sms: Record<string, unknown>; usages: string[] }>
      messages: { read: number; received: number; people: number; unknownSenders: unknown[] }
    }
    expect(found.format).toBe('SMS Backup & Restore (Android XML)')
    const tbank = found.services.find((s) => s.catalogId === 't-bank')
    expect(tbank?.sms).toMatchObject({ messages: 4, codes: 3, last: '2025-11-12' })
    expect(tbank?.usages).toContain('sms2fa')
    expect(found.services.map((s) => s.catalogId).sort()).toEqual(
      ['12306', 'alipay', 'gosuslugi', 'ozon', 't-bank', 'wechat'].sort()
    )
    expect(found.messages).toMatchObject({ read: 18, received: 16, people: 3 })
    expect(found.messages.unknownSenders).toHaveLength(2)
  })

  it('never prints or stores a body, a code or a person’s number, even on --apply', async () => {
    const data = await folderWithCase()
    const dir = await tempDir()
    const xml = join(dir, 'sms.xml')
    const csv = join(dir, 'messages.csv')
    await writeFile(xml, androidSmsXml())
    await writeFile(csv, iphoneSmsCsv())
    for (const file of [xml, csv])
      for (const args of [['--json'], [], ['--json', '--apply'], ['--apply']]) {
        const { code, out, err } = await unlinker('discover', file, '--data', data, ...args)
        expect(code).toBe(0)
        for (const planted of PLANTED) {
          expect(out).not.toContain(planted)
          expect(err).not.toContain(planted)
        }
        expect(out).not.toContain('Мама')
      }
    const stored = await everything(data)
    expect(stored).toContain('T-Bank')
    for (const planted of PLANTED) expect(stored).not.toContain(planted)
    // The evidence applied with the accounts is part of what was searched above.
    const core = await openCore(data)
    const accounts = await must(core, 'listAccounts', {})
    await closeCore(core)
    expect(accounts.find((a) => a.catalogId === 't-bank')?.evidence?.sms).toMatchObject({
      messages: 4,
      codes: 3,
      senders: ['Tinkoff', 'TINKOFF', 'Тinkoff']
    })
    expect(accounts.find((a) => a.catalogId === 'sber')?.evidence?.sms).toMatchObject({ codes: 1 })
  })

  it('says what the history shows in the human output', async () => {
    const data = await folderWithCase()
    const file = join(await tempDir(), 'sms.xml')
    await writeFile(file, androidSmsXml())
    const { code, out } = await unlinker('discover', file, '--data', data)
    expect(code).toBe(0)
    expect(out).toMatch(/^ {4}T-Bank \(Tinkoff\) +3 code\(s\) in 4 message\(s\) +last 2025-11-12$/m)
    expect(out).toContain('MYCLINIC')
    expect(out).toContain('3 people wrote to the old number')
  })
})
