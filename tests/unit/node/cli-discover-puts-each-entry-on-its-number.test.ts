import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/domain/account'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'
import {
  BACKUP_CODES,
  CN,
  EXPORT_NUMBERS,
  RU,
  twoNumberExport,
  twoSimBackup
} from '../../support/two-numbers'

interface Service {
  catalogId: string | null
  numbers: string[]
  usesOldNumber: boolean
  sim?: string
  onNewNumber?: string[]
}
interface Answer {
  services: Service[]
  sims?: Array<Record<string, unknown>>
  trackedOnOldNumber: Array<{ catalogId: string | null; number: string | null }>
  applied: {
    added: Array<{ catalogId: string | null; number: string | null }>
  } | null
}

/** A folder with her two numbers, the export and the backup beside it. */
async function twoNumbers(): Promise<{ data: string; exportFile: string; backup: string }> {
  const dir = await tempDir()
  const data = join(dir, 'data')
  const core = await openCore(data)
  await must(core, 'createCase', { ...RU })
  await must(core, 'createCase', { ...CN })
  await closeCore(core)
  const exportFile = join(dir, 'bitwarden_export.csv')
  const backup = join(dir, 'sms-20251202.xml')
  await writeFile(exportFile, twoNumberExport())
  await writeFile(backup, twoSimBackup())
  return { data, exportFile, backup }
}

/** Every account, by catalog id, as the E.164 of the number it is on. */
async function placed(data: string): Promise<{ where: Record<string, string[]>; all: Account[] }> {
  const core = await openCore(data)
  const cases = await must(core, 'listCases', {})
  const all = structuredClone(await must(core, 'listAccounts', {}))
  await closeCore(core)
  const number = new Map(cases.map((c) => [c.id, c.number!]))
  const where: Record<string, string[]> = {}
  for (const a of all) (where[a.catalogId ?? a.name] ??= []).push(number.get(a.caseId)!)
  for (const list of Object.values(where)) list.sort()
  return { where, all }
}

describe('unlinker discover with several numbers', { timeout: 120_000 }, () => {
  it('--json names each service’s numbers, and --apply puts each on its own', async () => {
    const { data, exportFile } = await twoNumbers()
    const dry = await unlinker('discover', exportFile, '--data', data, '--json')
    expect(dry.err).toBe('')
    expect(dry.code).toBe(0)
    const found = JSON.parse(dry.out) as Answer
    const numbersOf = (id: string): string[] =>
      found.services.filter((s) => s.catalogId === id).flatMap((s) => s.numbers)
    for (const [id, number] of Object.entries(EXPORT_NUMBERS))
      expect([id, numbersOf(id)]).toEqual([id, number ? [number] : []])
    for (const s of found.services) expect(s.usesOldNumber).toBe(s.numbers.length > 0)
    // Telegram: once per number; Douyin's login is the new Chinese number, no evidence.
    expect(numbersOf('telegram').sort()).toEqual([CN.e164, RU.e164].sort())
    expect(found.services.find((s) => s.catalogId === 'douyin')?.onNewNumber).toEqual([
      CN.replacementE164
    ])
    expect(found.applied).toBeNull()

    // Without --number the entries that name no number have nowhere to go: refused.
    const refused = await unlinker('discover', exportFile, '--data', data, '--apply')
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('--number NUMBER')
    expect(refused.err).toContain('+7 937 123 45 67 (MegaFon)')
    expect(refused.err).toContain('+86 139 1234 5678 (China Mobile)')
    expect(refused.err).toContain('Nothing was changed.')
    expect((await placed(data)).all).toEqual([])

    // Any spelling of one of her numbers; the rest (the e-mail logins, the strangers) go there.
    const applied = await unlinker(
      'discover',
      exportFile,
      '--data',
      data,
      '--apply',
      '--json',
      '--number',
      '8 (937) 123-45-67'
    )
    expect(applied.err).toBe('')
    expect(applied.code).toBe(0)
    const answer = JSON.parse(applied.out) as Answer
    const taobao = answer.applied!.added.find((a) => a.catalogId === 'taobao')
    expect(taobao?.number).toBe(CN.e164)
    expect(answer.applied!.added.find((a) => a.catalogId === 'spotify')?.number).toBe(RU.e164)
    const { where } = await placed(data)
    for (const [id, number] of Object.entries(EXPORT_NUMBERS)) {
      if (id === 'douyin') continue
      expect([id, where[id]]).toEqual([id, [number ?? RU.e164]])
    }
    expect(where.telegram).toEqual([CN.e164, RU.e164].sort())

    // Run again: everything is tracked on its number, nothing is added twice, and the
    // services whose login is their number say which.
    const again = await unlinker(
      'discover',
      exportFile,
      '--data',
      data,
      '--apply',
      '--json',
      '--number',
      '+7 937 123 45 67'
    )
    expect(again.code).toBe(0)
    const second = JSON.parse(again.out) as Answer
    expect(second.applied!.added).toEqual([])
    expect(second.trackedOnOldNumber.find((t) => t.catalogId === 'alipay')?.number).toBe(CN.e164)
    expect(second.trackedOnOldNumber.find((t) => t.catalogId === 'vk')?.number).toBe(RU.e164)
    expect((await placed(data)).all).toHaveLength(Object.keys(where).length + 1)
  })

  it('refuses a number that is none of the folder’s, and --sim on a password export', async () => {
    const { data, exportFile } = await twoNumbers()
    for (const stranger of ['+7 937 123-45-68', '+7 701 123 4567', '+1 391 234 5678']) {
      const refused = await unlinker('discover', exportFile, '--data', data, '--number', stranger)
      expect([stranger, refused.code]).toEqual([stranger, 2])
      expect(refused.err).toContain("is not one of this folder's numbers")
    }
    const sim = await unlinker('discover', exportFile, '--data', data, '--sim', `1=${RU.number}`)
    expect(sim.code).toBe(2)
    expect(sim.err).toContain('--sim applies to a message backup')
    const malformed = await unlinker('discover', exportFile, '--data', data, '--sim', 'one')
    expect(malformed.code).toBe(2)
    expect((await placed(data)).all).toEqual([])
  })

  it('lists a backup’s SIMs, refuses --apply until each is mapped, then keeps each SIM’s evidence on its number', async () => {
    const { data, backup } = await twoNumbers()
    const dry = await unlinker('discover', backup, '--data', data, '--json')
    expect(dry.code).toBe(0)
    const found = JSON.parse(dry.out) as Answer
    expect(found.sims).toEqual([
      {
        subId: '1',
        messages: 7,
        first: '2025-10-22',
        last: '2025-11-29',
        senders: ['3443', 'Gosuslugi', 'OZON', 'Tinkoff', 'TINKOFF']
      },
      {
        subId: '2',
        messages: 4,
        first: '2025-05-15',
        last: '2025-06-04',
        senders: ['10690000999', '1069012345678', '12306', 'Tinkoff']
      }
    ])
    // Before the SIMs are mapped, no message names a number.
    for (const s of found.services) expect(s.numbers).toEqual([])
    for (const code of BACKUP_CODES) expect(dry.out).not.toContain(code)

    const half = await unlinker(
      'discover',
      backup,
      '--data',
      data,
      '--apply',
      '--number',
      RU.number,
      '--sim',
      `1=${RU.number}`
    )
    expect(half.code).toBe(2)
    expect(half.err).toContain('--sim SUB_ID=NUMBER')
    expect(half.err).toContain('2: 4 message(s), 2025-05-15 to 2025-06-04')
    expect(half.err).not.toContain('  1: 7 message(s)')
    expect((await placed(data)).all).toEqual([])

    const unknownSim = await unlinker('discover', backup, '--data', data, '--sim', `3=${CN.number}`)
    expect(unknownSim.code).toBe(2)
    expect(unknownSim.err).toContain('This backup has no SIM 3')

    const mapped = await unlinker(
      'discover',
      backup,
      '--data',
      data,
      '--apply',
      '--json',
      '--sim',
      '1=89371234567',
      '--sim',
      '2=139 1234 5678'
    )
    expect(mapped.err).toBe('')
    expect(mapped.code).toBe(0)
    const answer = JSON.parse(mapped.out) as Answer
    const tbank = answer.services.filter((s) => s.catalogId === 't-bank')
    expect(tbank.map((s) => [s.sim, s.numbers])).toEqual([
      ['1', [RU.e164]],
      ['2', [CN.e164]]
    ])
    const { where, all } = await placed(data)
    expect(where['t-bank']).toEqual([CN.e164, RU.e164].sort())
    expect(where.alipay).toEqual([CN.e164])
    expect(where.gosuslugi).toEqual([RU.e164])
    for (const a of all) {
      const number = where[a.catalogId!]!.length === 1 ? where[a.catalogId!]![0] : undefined
      if (number) expect([a.catalogId, a.evidence?.sms?.numbers]).toEqual([a.catalogId, [number]])
    }

    // A SIM that is not hers adds nothing.
    const { data: other, backup: sameBackup } = await twoNumbers()
    const notMine = await unlinker(
      'discover',
      sameBackup,
      '--data',
      other,
      '--apply',
      '--sim',
      `1=${RU.number}`,
      '--sim',
      '2=not-mine'
    )
    expect(notMine.code).toBe(0)
    const onlyRussian = await placed(other)
    expect(
      Object.values(onlyRussian.where)
        .flat()
        .every((n) => n === RU.e164)
    ).toBe(true)
    expect(onlyRussian.where.alipay).toBeUndefined()
  })

  it('with one number, asks for nothing: --apply puts every entry on it', async () => {
    const dir = await tempDir()
    const data = join(dir, 'data')
    const core = await openCore(data)
    await must(core, 'createCase', { ...RU })
    await closeCore(core)
    const exportFile = join(dir, 'bitwarden_export.csv')
    await writeFile(exportFile, twoNumberExport())
    const applied = await unlinker('discover', exportFile, '--data', data, '--apply')
    expect(applied.err).toBe('')
    expect(applied.code).toBe(0)
    const { where } = await placed(data)
    expect(
      Object.values(where)
        .flat()
        .every((n) => n === RU.e164)
    ).toBe(true)
    // The Chinese spellings name no number of this folder.
    expect(applied.out).not.toContain('+86')
  })
})
