import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { pieces, readSmsExport } from '../../../src/core/discover/sms/read-sms-export'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { isLikely, NOT_MINE, pickOf, planImport } from '../../../src/shared/domain/import-plan'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'
import { BACKUP_CODES, CN, RU, twoSimBackup } from '../../support/two-numbers'

const FOLDER = [
  { id: 'ru', number: RU.e164, country: 'RU' },
  { id: 'cn', number: CN.e164, country: 'CN' }
]
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

async function readBackup(xml = twoSimBackup()) {
  return readSmsExport(
    'android-xml',
    pieces(bytes(xml), () => undefined),
    appCatalog(),
    FOLDER,
    []
  )
}

describe('a message backup of a dual-SIM phone', () => {
  it('groups the messages by sub_id: count, first and last day, and a few senders each', async () => {
    const found = await readBackup()
    expect(found.sms?.sims).toEqual([
      {
        subId: '1',
        messages: 7,
        first: '2025-10-22',
        last: '2025-11-29',
        senders: ['3443', 'Gosuslugi', 'OZON', 'Tinkoff', 'TINKOFF'],
        line: null,
        caseId: null
      },
      {
        subId: '2',
        messages: 4,
        first: '2025-05-15',
        last: '2025-06-04',
        senders: ['10690000999', '1069012345678', '12306', 'Tinkoff'],
        line: null,
        caseId: null
      }
    ])
    // A person's number never names a SIM; the codes never leave the reader.
    const shown = JSON.stringify(found.sms?.sims)
    expect(shown).not.toContain('+79031112233')
    for (const code of BACKUP_CODES) expect(JSON.stringify(found)).not.toContain(code)
    // T-Bank wrote to both SIMs: one candidate per SIM until the user says whose each is.
    const tbank = found.candidates.filter((c) => c.catalogId === 't-bank')
    expect(tbank.map((c) => [c.sim, c.sms?.messages, c.caseId])).toEqual([
      ['1', 2, null],
      ['2', 1, null]
    ])
  })

  it('adds nothing until every SIM is answered, then each message’s evidence only to its SIM’s number', async () => {
    const found = await readBackup()
    const unanswered = planImport(found, { caseId: 'ru', sims: { '1': 'ru' } })
    expect(unanswered.unansweredSims.map((s) => s.subId)).toEqual(['2'])
    expect(unanswered.candidates.filter((c) => c.sim === '2').every((c) => c.target === null)).toBe(
      true
    )

    const plan = planImport(found, { caseId: null, sims: { '1': 'ru', '2': 'cn' } })
    expect(plan.unansweredSims).toEqual([])
    expect(plan.needsNumber).toBe(false)
    const placed = Object.fromEntries(
      plan.candidates.map((c) => [`${c.catalogId}@${c.target}`, c.sms?.messages])
    )
    expect(placed).toEqual({
      't-bank@ru': 2,
      't-bank@cn': 1,
      'gosuslugi@ru': 1,
      'ozon@ru': 1,
      'alipay@cn': 1,
      'wechat@cn': 1,
      '12306@cn': 1
    })
    const tbankCn = plan.candidates.find((c) => c.key === 't-bank@cn')!
    expect(pickOf(tbankCn)).toMatchObject({
      caseId: 'cn',
      evidence: { sms: { messages: 1, codes: 1, numbers: [CN.e164] } }
    })
    expect(tbankCn.twins).toEqual(['ru'])
    // The person and the unknown short code wrote to the Russian SIM: they go there.
    expect(plan.people.map((p) => [p.contact, p.target])).toEqual([['+79031112233', 'ru']])
    expect(plan.unknownSenders.map((u) => [u.sender, u.target, u.messages])).toEqual([
      ['3443', 'ru', 2]
    ])
  })

  it('adds two SIMs given one number up into one account, and leaves out a SIM that is not hers', async () => {
    const found = await readBackup()
    const both = planImport(found, { caseId: null, sims: { '1': 'ru', '2': 'ru' } })
    const tbank = both.candidates.filter((c) => c.catalogId === 't-bank')
    expect(tbank.map((c) => [c.target, c.sms?.messages, c.sms?.codes])).toEqual([['ru', 3, 3]])

    const notMine = planImport(found, { caseId: null, sims: { '1': 'ru', '2': NOT_MINE } })
    expect(notMine.candidates.map((c) => c.target)).toEqual(notMine.candidates.map(() => 'ru'))
    expect(notMine.candidates.some((c) => c.catalogId === 'alipay')).toBe(false)
  })

  it('reads a backup without sub_id as one SIM that goes to the chosen number', async () => {
    const found = await readBackup(twoSimBackup().replace(/ sub_id="\d"/g, ''))
    expect(found.sms?.sims.map((s) => [s.subId, s.messages])).toEqual([['-1', 11]])
    const plan = planImport(found, { caseId: 'cn', sims: {} })
    expect(plan.unansweredSims).toEqual([])
    expect(new Set(plan.candidates.map((c) => c.target))).toEqual(new Set(['cn']))
    expect(planImport(found, { caseId: null, sims: {} }).needsNumber).toBe(true)
  })

  it('keeps "-1" (unknown) apart from the known SIMs', async () => {
    const found = await readBackup(twoSimBackup().replace('sub_id="2"', 'sub_id="-1"'))
    expect(found.sms?.sims.map((s) => s.subId)).toEqual(['1', '2', '-1'])
  })
})

describe('an iPhone messages database that records the receiving line', () => {
  async function smsDb(): Promise<Uint8Array> {
    const SQL = await initSqlJs()
    const db = new SQL.Database()
    db.run(`CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT NOT NULL);
      CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, handle_id INTEGER,
        date INTEGER, is_from_me INTEGER, destination_caller_id TEXT)`)
    db.run("INSERT INTO handle VALUES (1, 'Tinkoff'), (2, '10690000999'), (3, 'OZON')")
    const at = 786_000_000
    db.run('INSERT INTO message VALUES (1, ?, 1, ?, 0, ?)', ['Код 482913', at, RU.e164])
    db.run('INSERT INTO message VALUES (2, ?, 2, ?, 0, ?)', ['【支付宝】校验码771204', at, CN.e164])
    // A line that is none of hers, and a message the database keeps no line for.
    db.run('INSERT INTO message VALUES (3, ?, 3, ?, 0, ?)', [
      'Заказ доставлен',
      at,
      '+447911123456'
    ])
    db.run('INSERT INTO message VALUES (4, ?, 3, ?, 0, NULL)', ['Скидки', at])
    return db.export()
  }

  it('puts the messages of each of her lines on that number without asking, and asks for the rest', async () => {
    const found = await readSmsExport(
      'iphone-db',
      pieces(await smsDb(), () => undefined),
      appCatalog(),
      FOLDER,
      []
    )
    expect(found.sms?.sims.map((s) => [s.subId, s.line, s.caseId, s.messages])).toEqual([
      ['+447911123456', '+447911123456', null, 1],
      ['+79371234567', '+79371234567', 'ru', 1],
      ['+8613912345678', '+8613912345678', 'cn', 1],
      ['-1', null, null, 1]
    ])
    const plan = planImport(found, { caseId: null, sims: {} })
    expect(plan.unansweredSims.map((s) => s.subId)).toEqual(['+447911123456', '-1'])
    const by = (id: string) => plan.candidates.filter((c) => c.catalogId === id)
    expect(by('t-bank').map((c) => [c.target, c.reason])).toEqual([['ru', 'line']])
    expect(by('alipay').map((c) => [c.target, c.reason])).toEqual([['cn', 'line']])
    expect(by('ozon').map((c) => c.target)).toEqual([null, null])
  })
})

describe('a two-SIM backup through the app', { timeout: 120_000 }, () => {
  it('stores each SIM’s evidence on its own number only, and no code', async () => {
    const dir = await tempDir()
    const file = join(dir, 'sms-20251202.xml')
    await writeFile(file, twoSimBackup())
    const data = join(dir, 'data')
    const core = await openCore(data, undefined, { mode: 'electron' })
    const ru = await must(core, 'createCase', { ...RU })
    const cn = await must(core, 'createCase', { ...CN })
    const found = await must(core, 'discoverAccounts', { source: { path: file } })
    const plan = planImport(found, { caseId: null, sims: { '1': ru.id, '2': cn.id } })
    await must(core, 'addDiscovered', {
      picks: plan.candidates.filter(isLikely).map(pickOf),
      trackedEvidence: []
    })
    const accounts = await must(core, 'listAccounts', {})
    const onRu = accounts.filter((a) => a.caseId === ru.id)
    const onCn = accounts.filter((a) => a.caseId === cn.id)
    expect(onRu.map((a) => a.catalogId).sort()).toEqual(['gosuslugi', 'ozon', 't-bank'])
    expect(onCn.map((a) => a.catalogId).sort()).toEqual(['12306', 'alipay', 't-bank', 'wechat'])
    for (const a of onRu) expect(a.evidence?.sms?.numbers).toEqual([RU.e164])
    for (const a of onCn) expect(a.evidence?.sms?.numbers).toEqual([CN.e164])
    expect(onCn.find((a) => a.catalogId === 't-bank')?.evidence?.sms?.messages).toBe(1)
    const stored = await readFile(join(data, STORE_FILE), 'utf8')
    for (const code of BACKUP_CODES) expect(stored).not.toContain(code)
  })
})
