import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { evidenceOf, planImport, trackedEvidenceOf } from '../../../src/shared/domain/import-plan'
import { riskOf } from '../../../src/shared/domain/risk'
import { closeCore, must, openCore } from '../../support/open-core'
import { androidSmsXml, PLANTED_SMS } from '../../support/sms-exports'
import { tempDir } from '../../support/temp-dir'

const PASSWORDS = join(__dirname, '../../fixtures/exports/bitwarden-leaving-russia.json')

// Each test reads the catalog and a file in a worker: slow on a busy machine.
/** What the backup shows of T-Bank: four messages from three spellings, three of them codes. */
const TBANK_SMS = {
  messages: 4,
  codes: 3,
  adverts: 0,
  first: '2025-10-13',
  last: '2025-11-12',
  senders: ['Tinkoff', 'TINKOFF', 'Тinkoff'],
  numbers: ['+79123456789']
}

describe('evidence found by discovery, kept on the account', { timeout: 120_000 }, () => {
  it('adds what the messages showed to a new account, then merges a password export into it', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const sms = join(dir, 'sms-20251113.xml')
    await writeFile(sms, androidSmsXml())
    const core = await openCore(data, undefined, { mode: 'electron' })
    const c = await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
    // Gosuslugi is tracked already: applying the messages merges into it.
    const [gosuslugi] = await must(core, 'addFromCatalog', {
      caseId: c.id,
      catalogIds: ['gosuslugi']
    })

    const fromSms = planImport(await must(core, 'discoverAccounts', { source: { path: sms } }), {
      caseId: c.id,
      sims: {}
    })
    const tbank = fromSms.candidates.find((x) => x.catalogId === 't-bank')!
    expect(trackedEvidenceOf(fromSms)).toEqual([
      {
        accountId: gosuslugi!.id,
        evidence: {
          sms: {
            messages: 1,
            codes: 1,
            adverts: 0,
            first: '2025-08-04',
            last: '2025-08-04',
            senders: ['Gosuslugi'],
            numbers: ['+79123456789']
          }
        }
      }
    ])
    await must(core, 'addDiscovered', {
      caseId: c.id,
      picks: [{ ...tbank, caseId: c.id, evidence: evidenceOf(tbank) }],
      trackedEvidence: trackedEvidenceOf(fromSms)
    })
    let accounts = await must(core, 'listAccounts', {})
    const tbankId = accounts.find((a) => a.catalogId === 't-bank')!.id
    expect(accounts.find((a) => a.id === tbankId)?.evidence).toEqual({
      sms: TBANK_SMS
    })
    expect(accounts.find((a) => a.id === gosuslugi!.id)?.evidence?.sms?.codes).toBe(1)

    // The password export finds T-Bank tracked now, with the old number as its login.
    const fromPasswords = trackedEvidenceOf(
      planImport(await must(core, 'discoverAccounts', { source: { path: PASSWORDS } }), {
        caseId: c.id,
        sims: {}
      })
    )
    const tracked = fromPasswords.find((t) => t.accountId === tbankId)
    expect(tracked?.evidence).toEqual({
      passwords: { logins: 2, oldNumber: true, numbers: ['+79123456789'] }
    })
    await must(core, 'addDiscovered', { caseId: c.id, picks: [], trackedEvidence: fromPasswords })
    // The account's history says which file found it again, and nothing the file held.
    const history = await must(core, 'listHistory', { entityId: tbankId })
    expect(history.map((e) => e.changes?.evidence).filter(Boolean)).toEqual([
      { from: null, to: ['passwords'] }
    ])
    // The same messages read again are not counted twice.
    await must(core, 'addDiscovered', {
      caseId: c.id,
      picks: [],
      trackedEvidence: [{ accountId: tbankId, evidence: evidenceOf(tbank) }]
    })
    await closeCore(core)

    const again = await openCore(data, undefined, { mode: 'electron' })
    accounts = await must(again, 'listAccounts', {})
    expect(accounts.find((a) => a.id === tbankId)?.evidence).toEqual({
      sms: TBANK_SMS,
      passwords: { logins: 2, oldNumber: true, numbers: ['+79123456789'] }
    })
    const stored = await readFile(join(data, STORE_FILE), 'utf8')
    for (const planted of [...PLANTED_SMS.codes, ...PLANTED_SMS.bodies, ...PLANTED_SMS.numbers])
      expect(stored).not.toContain(planted)
  })

  it('never stores a sender that reads as a phone number', async () => {
    const core = await openCore(await tempDir())
    const c = await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
    const [added] = await must(core, 'addDiscovered', {
      caseId: c.id,
      picks: [
        {
          name: 'My clinic',
          catalogId: null,
          category: 'other',
          usages: ['notifications'],
          evidence: {
            sms: {
              messages: 2,
              codes: 0,
              first: null,
              last: '2025-11-11',
              senders: [PLANTED_SMS.numbers[0], 'MYCLINIC', '1069012345678']
            }
          }
        }
      ]
    })
    expect(added?.evidence?.sms?.senders).toEqual(['MYCLINIC', '1069012345678'])
  })

  it('counts codes sent to the old number like a yes to the codes question', () => {
    const plain = { usages: [], category: 'other' as const, status: 'todo' as const }
    const bank = { ...plain, category: 'bank' as const }
    const sms = { messages: 3, codes: 2, adverts: 0, first: null, last: null, senders: ['X'] }
    expect(riskOf(plain)).toBe('low')
    // Codes are a way in: critical where money is at stake, high where nothing more is.
    expect(riskOf({ ...bank, evidence: { sms } })).toBe('critical')
    expect(riskOf({ ...plain, evidence: { sms } })).toBe('high')
    // The user's 'no' is newer than the messages: what is left are notices.
    expect(riskOf({ ...bank, phoneCodes: 'no', evidence: { sms } })).toBe('medium')
    expect(riskOf({ ...plain, evidence: { sms: { ...sms, codes: 0 } } })).toBe('medium')
    // Advertisements alone say nothing of an account that depends on the number.
    expect(riskOf({ ...plain, evidence: { sms: { ...sms, codes: 0, adverts: 3 } } })).toBe('low')
    expect(riskOf({ ...bank, evidence: { passwords: { logins: 1, oldNumber: true } } })).toBe(
      'critical'
    )
    expect(riskOf({ ...plain, evidence: { passwords: { logins: 1, oldNumber: false } } })).toBe(
      'low'
    )
    expect(riskOf({ ...plain, status: 'unlinked', evidence: { sms } })).toBeNull()
  })
})
