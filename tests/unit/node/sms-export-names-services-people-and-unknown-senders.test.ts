import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { androidSmsMessages } from '../../../src/core/discover/sms/android-sms-xml'
import { readSmsExport, smsFormatOf, pieces } from '../../../src/core/discover/sms/read-sms-export'
import { SenderIndex, foldSender } from '../../../src/core/discover/sms/sender-match'
import { isLikely, planImport, trackedEvidenceOf } from '../../../src/shared/domain/import-plan'
import { androidSmsXml, iphoneSmsCsv, PLANTED_SMS } from '../../support/sms-exports'

const target = [{ id: 'case-1', number: '+79123456789', country: 'RU' }]
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

/** The XML in pieces of a few bytes: tags and UTF-8 characters cut anywhere. */
async function* smallPieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = bytes(text)
  for (let at = 0; at < all.length; at += size) yield all.subarray(at, at + size)
}

describe('SMS exports', () => {
  it('tells message exports from other files by their content', () => {
    expect(smsFormatOf(bytes(androidSmsXml()))).toBe('android-xml')
    expect(smsFormatOf(bytes(iphoneSmsCsv()))).toBe('sms-csv')
    expect(smsFormatOf(bytes('name,url,username,password\nA,https://a.ru,b,c'))).toBeNull()
    expect(smsFormatOf(bytes('<?xml version="1.0"?><database><card/></database>'))).toBeNull()
  })

  it('streams SMS and MMS the same however the file is cut', async () => {
    const whole = []
    for await (const m of androidSmsMessages(smallPieces(androidSmsXml(), 1 << 20))) whole.push(m)
    const cut = []
    for await (const m of androidSmsMessages(smallPieces(androidSmsXml(), 7))) cut.push(m)
    expect(cut).toEqual(whole)
    expect(whole).toHaveLength(18)
    const photo = whole.find((m) => m.contactName === '李雷')
    expect(photo).toMatchObject({ sender: PLANTED_SMS.numbers[2], received: true })
    expect(photo?.body).toBe(PLANTED_SMS.bodies[2])
  })

  it('does not expand entities a file declares', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE smses [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<smses count="1"><sms address="OZON" date="1" type="1" body="&b;&b;&lt;" /></smses>`
    const read = []
    for await (const m of androidSmsMessages(smallPieces(bomb, 64))) read.push(m)
    expect(read).toEqual([
      { sender: 'OZON', contactName: null, date: 1, body: '&b;&b;<', received: true, sim: '-1' }
    ])
  })

  it('folds senders: case, spaces, dashes and Cyrillic look-alikes', () => {
    const index = new SenderIndex(appCatalog())
    expect(foldSender('T-Bank')).toBe(foldSender('TBANK'))
    for (const [sender, id] of [
      ['OZON', 'ozon'],
      ['ОZОN', 'ozon'],
      ['Tinkoff', 't-bank'],
      ['Тинькофф', 't-bank'],
      ['GOSUSLUGI', 'gosuslugi'],
      ['Госуслуги', 'gosuslugi'],
      ['微信', 'wechat'],
      ['中国铁路', '12306'],
      ['SberBank', 'sber']
    ])
      expect(index.find(sender!)?.id, sender).toBe(id)
    expect(index.find('MYCLINIC')).toBeUndefined()
  })

  it('matches a short code only through a sourced sender list', () => {
    const catalog = appCatalog()
    // No name in the catalog is "900": without the list, the short code names nothing.
    expect(new SenderIndex(catalog, []).find('900')).toBeUndefined()
    expect(new SenderIndex(catalog).find('900')?.id).toBe('sber')
    const listed = new SenderIndex(catalog, [
      {
        sender: '900',
        catalogId: 'sber',
        sources: [{ url: 'https://example.org/s', kind: 'news' }]
      }
    ])
    expect(listed.find('900')?.id).toBe('sber')
  })

  it('counts received messages per service, codes apart, with first and last day', async () => {
    const found = await readSmsExport(
      'android-xml',
      pieces(bytes(androidSmsXml()), () => undefined),
      appCatalog(),
      target,
      []
    )
    const by = (id: string) => found.candidates.find((c) => c.catalogId === id)
    expect(by('t-bank')?.sms).toEqual({
      messages: 4,
      codes: 3,
      adverts: 0,
      first: '2025-10-13',
      last: '2025-11-12',
      senders: ['Tinkoff', 'TINKOFF', 'Тinkoff']
    })
    expect(by('t-bank')?.usages).toContain('sms2fa')
    expect(by('ozon')?.sms).toMatchObject({ messages: 2, codes: 0, adverts: 1, senders: ['OZON'] })
    expect(by('gosuslugi')?.sms).toMatchObject({ messages: 1, codes: 1 })
    expect(by('wechat')?.sms).toMatchObject({ messages: 1, codes: 1, senders: ['1069012345678'] })
    expect(by('alipay')?.sms).toMatchObject({ messages: 1, codes: 0 })
    expect(by('alipay')?.usages).toContain('notifications')
    expect(by('12306')?.sms).toMatchObject({ messages: 1, codes: 0, senders: ['12306'] })
    expect(found.sms?.unknownSenders.map((u) => [u.sender, u.messages])).toEqual([
      ['4444', 1],
      ['MYCLINIC', 1]
    ])
    expect(found.sms?.people).toEqual([
      { name: 'Мама', contact: PLANTED_SMS.numbers[0], messages: 2, last: '2025-11-06', sim: '1' },
      { name: null, contact: PLANTED_SMS.numbers[1], messages: 1, last: '2025-11-04', sim: '1' },
      { name: '李雷', contact: PLANTED_SMS.numbers[2], messages: 1, last: '2025-11-08', sim: '1' }
    ])
    expect(found.sms).toMatchObject({ messages: 18, received: 16 })
    const text = JSON.stringify({ ...found, sms: { ...found.sms, people: [] } })
    for (const planted of [...PLANTED_SMS.codes, ...PLANTED_SMS.bodies, ...PLANTED_SMS.numbers])
      expect(text).not.toContain(planted)
  })

  it('joins a service the number already tracks instead of proposing it again', async () => {
    const tracked = { id: 'a1', caseId: 'case-1', catalogId: 't-bank', name: 'T-Bank', usages: [] }
    const found = await readSmsExport(
      'android-xml',
      pieces(bytes(androidSmsXml()), () => undefined),
      appCatalog(),
      target,
      [tracked as never]
    )
    const plan = planImport(found, { caseId: 'case-1', sims: {} })
    const tbank = plan.candidates.find((c) => c.catalogId === 't-bank')
    expect(tbank?.trackedHere?.accountId).toBe('a1')
    expect(plan.candidates.filter(isLikely).map((c) => c.catalogId)).not.toContain('t-bank')
    expect(trackedEvidenceOf(plan)).toEqual([
      { accountId: 'a1', evidence: { sms: { ...tbank!.sms, numbers: ['+79123456789'] } } }
    ])
  })

  it('reads a CSV of messages: incoming only, signatures, people by name', async () => {
    const found = await readSmsExport(
      'sms-csv',
      pieces(bytes(iphoneSmsCsv()), () => undefined),
      appCatalog(),
      target,
      []
    )
    expect(found.candidates.map((c) => [c.catalogId, c.sms?.messages, c.sms?.codes])).toEqual([
      ['sber', 2, 1],
      ['alipay', 1, 1]
    ])
    expect(found.sms?.people).toEqual([
      { name: 'Mom', contact: PLANTED_SMS.numbers[0], messages: 1, last: '2025-11-11', sim: '-1' }
    ])
    expect(found.sms).toMatchObject({ messages: 5, received: 4 })
  })
})
