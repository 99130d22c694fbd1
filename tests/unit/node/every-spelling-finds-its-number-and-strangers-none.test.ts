import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { NumberMatcher } from '../../../src/core/discover/folder-numbers'
import { matchCandidates } from '../../../src/core/discover/match-candidates'
import { parsePasswordExport } from '../../../src/core/discover/parse-export'
import {
  isLikely,
  pickOf,
  planImport,
  trackedEvidenceOf
} from '../../../src/shared/domain/import-plan'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'
import {
  CN,
  EXPORT_NUMBERS,
  RU,
  SPELLINGS,
  STRANGERS,
  twoNumberExport
} from '../../support/two-numbers'

const FOLDER = [
  { id: 'ru', number: RU.e164, country: 'RU', replacementNumber: null },
  { id: 'cn', number: CN.e164, country: 'CN', replacementNumber: CN.replacementE164 }
]

describe('a login or phone field that spells one of the folder’s numbers', () => {
  const matcher = new NumberMatcher(FOLDER)

  it.each([
    ...SPELLINGS.cn.map((s) => [s, 'cn'] as const),
    ...SPELLINGS.ru.map((s) => [s, 'ru'] as const)
  ])('reads %s as the %s number', (spelling, caseId) => {
    expect(matcher.numbersOf(spelling).map((c) => c.id)).toEqual([caseId])
  })

  it.each([...STRANGERS, 'me@example.org', '79371234567@mail.ru', '1234', ''])(
    'reads %s as none of them',
    (stranger) => {
      expect(matcher.numbersOf(stranger)).toEqual([])
      expect(matcher.replacementOf(stranger)).toEqual([])
    }
  )

  it('reads the new number as a replacement, never as the number it replaces', () => {
    for (const spelling of [CN.replacementNumber, '13800138000', '8613800138000']) {
      expect(matcher.numbersOf(spelling)).toEqual([])
      expect(matcher.replacementOf(spelling).map((c) => c.id)).toEqual(['cn'])
    }
  })

  it('needs the number’s own country: with only the Russian number, a Chinese spelling matches nothing', () => {
    const russianOnly = new NumberMatcher([FOLDER[0]!])
    expect(russianOnly.numbersOf('139 1234 5678')).toEqual([])
    expect(russianOnly.numbersOf('89371234567').map((c) => c.id)).toEqual(['ru'])
  })
})

describe('an export whose logins spell two numbers', { timeout: 120_000 }, () => {
  it('ties each service to the number its login spells, and the rest to none', async () => {
    const parsed = await parsePasswordExport(Buffer.from(twoNumberExport()))
    const found = matchCandidates(appCatalog(), parsed, FOLDER, [])
    const byId = new Map<string, string[]>()
    for (const c of found.candidates)
      byId.set(c.catalogId ?? c.service, [
        ...(byId.get(c.catalogId ?? c.service) ?? []),
        ...c.numbers
      ])
    for (const [id, number] of Object.entries(EXPORT_NUMBERS))
      expect([id, byId.get(id)]).toEqual([id, number ? [number] : []])
    // Telegram is saved once per number: one candidate for each, each with its number.
    const telegram = found.candidates.filter((c) => c.catalogId === 'telegram')
    expect(telegram.map((c) => [c.caseId, c.numbers, c.usesOldNumber])).toEqual([
      ['ru', [RU.e164], true],
      ['cn', [CN.e164], true]
    ])
    // The login already on the new number is shown as such and is no evidence.
    const douyin = found.candidates.find((c) => c.catalogId === 'douyin')
    expect(douyin).toMatchObject({
      caseId: null,
      usesOldNumber: false,
      numbers: [],
      onNewNumber: [CN.replacementE164]
    })
  })

  it('adds each account to its number, the rest to the chosen one, and nothing twice', async () => {
    const dir = await tempDir()
    const file = join(dir, 'bitwarden.csv')
    await writeFile(file, twoNumberExport())
    const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
    const ru = await must(core, 'createCase', { ...RU })
    const cn = await must(core, 'createCase', { ...CN })
    const found = await must(core, 'discoverAccounts', { source: { path: file } })

    // Nothing chosen yet: the services without evidence wait for a number.
    const unchosen = planImport(found, { caseId: null, sims: {} })
    expect(unchosen.needsNumber).toBe(true)
    expect(unchosen.candidates.find((c) => c.catalogId === 'spotify')?.target).toBeNull()

    const plan = planImport(found, { caseId: ru.id, sims: {} })
    expect(plan.needsNumber).toBe(false)
    const telegram = plan.candidates.filter((c) => c.catalogId === 'telegram')
    expect(telegram.map((c) => [c.target, c.reason, c.twins])).toEqual([
      [ru.id, 'login', [cn.id]],
      [cn.id, 'login', [ru.id]]
    ])
    const likely = plan.candidates.filter(isLikely)
    // Douyin is already on the new number: shown, not ticked.
    expect(likely.map((c) => c.catalogId)).not.toContain('douyin')
    await must(core, 'addDiscovered', { picks: likely.map(pickOf), trackedEvidence: [] })

    const number = { [ru.id]: RU.e164, [cn.id]: CN.e164 }
    const accounts = await must(core, 'listAccounts', {})
    const where = (id: string): string[] =>
      accounts.filter((a) => a.catalogId === id).map((a) => number[a.caseId]!)
    for (const [id, expected] of Object.entries(EXPORT_NUMBERS)) {
      if (id === 'douyin') continue
      expect([id, where(id)]).toEqual([id, [expected ?? RU.e164]])
    }
    expect(where('telegram').sort()).toEqual([CN.e164, RU.e164].sort())
    // The old-number flag is on both countries' logins, and the evidence names its number.
    for (const id of ['taobao', 'gosuslugi']) {
      const account = accounts.find((a) => a.catalogId === id)!
      expect(account.usages).toContain('login')
      expect(account.evidence?.passwords).toMatchObject({
        oldNumber: true,
        numbers: [number[account.caseId]]
      })
    }
    expect(accounts.find((a) => a.catalogId === 'spotify')?.evidence?.passwords).toEqual({
      logins: 1,
      oldNumber: false
    })

    // Read again: every service is tracked on its number, so nothing new is proposed.
    const again = planImport(await must(core, 'discoverAccounts', { source: { path: file } }), {
      caseId: ru.id,
      sims: {}
    })
    expect(again.candidates.filter(isLikely)).toEqual([])
    await must(core, 'addDiscovered', {
      picks: likely.map(pickOf),
      trackedEvidence: trackedEvidenceOf(again)
    })
    expect(await must(core, 'listAccounts', {})).toHaveLength(accounts.length)
  })

  it('shows a service tracked on another number as "also on" it, and leaves the choice to the user', async () => {
    const dir = await tempDir()
    const file = join(dir, 'bitwarden.csv')
    await writeFile(file, twoNumberExport())
    const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
    const ru = await must(core, 'createCase', { ...RU })
    const cn = await must(core, 'createCase', { ...CN })
    // Spotify is tracked on the Chinese number; the export's e-mail login names neither.
    const [spotify] = await must(core, 'addFromCatalog', { caseId: cn.id, catalogIds: ['spotify'] })
    const plan = planImport(await must(core, 'discoverAccounts', { source: { path: file } }), {
      caseId: ru.id,
      sims: {}
    })
    const candidate = plan.candidates.find((c) => c.catalogId === 'spotify')!
    expect(candidate.trackedHere).toBeNull()
    expect(candidate.alsoOn.map((t) => [t.accountId, t.caseId])).toEqual([[spotify!.id, cn.id]])
    expect(isLikely(candidate)).toBe(false)
    // Chosen for the Chinese number instead, it is that account: its evidence joins it.
    const onCn = planImport(await must(core, 'discoverAccounts', { source: { path: file } }), {
      caseId: cn.id,
      sims: {}
    })
    expect(onCn.candidates.find((c) => c.catalogId === 'spotify')?.trackedHere?.accountId).toBe(
      spotify!.id
    )
  })
})
