import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../src/core/store/open-store'
import { CHECKLIST_ITEMS, ONLINE_CHECKLIST, STORE_CHECKLIST } from '../../../src/shared/domain/case'
import { closeCore, must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const FIVE = { passport: true, sim: false, contract: true, address: false, balance: true }

/** A store as version 3 wrote it: the checklist had five items. */
function versionThreeStore(): unknown {
  const at = '2025-10-01T09:00:00.000Z'
  return {
    schemaVersion: 3,
    cases: [
      {
        id: 'case-v3-0000001',
        number: '+79161234567',
        country: 'RU',
        carrier: 'beeline',
        cancellationDate: '2025-10-01',
        reference: 'B-1',
        channel: 'store',
        status: 'confirmed',
        notes: '',
        checklist: FIVE,
        reassignDays: null,
        keepProofsUntil: null,
        createdAt: at,
        updatedAt: at
      }
    ],
    accounts: [],
    people: [],
    proofs: [],
    history: [],
    historySegments: []
  }
}

describe('a case stored before the visit checklist grew', () => {
  it('keeps its five ticks, and every new store and online item starts not done', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, STORE_FILE), JSON.stringify(versionThreeStore()))
    const core = await openCore(dir)

    const [migrated] = await must(core, 'listCases', {})
    expect(migrated?.checklist).toMatchObject(FIVE)
    for (const item of CHECKLIST_ITEMS)
      if (!(item in FIVE)) expect(migrated?.checklist[item], item).toBe(false)
    expect(Object.keys(migrated!.checklist).sort()).toEqual([...CHECKLIST_ITEMS].sort())
    expect(migrated).toMatchObject({ lastUseDate: null, replacementNumber: null })

    // The first save writes the whole checklist back.
    await must(core, 'updateCase', { id: migrated!.id, patch: { reference: 'B-2' } })
    const stored = JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'))
    expect(stored.cases[0].checklist).toEqual({ ...migrated!.checklist })
  })

  it('covers the whole store visit and online cancellation, the papers in both', () => {
    expect(STORE_CHECKLIST).toEqual([
      'call',
      'passport',
      'sim',
      'contract',
      'address',
      'form',
      'identity',
      'balance',
      'agreement',
      'receipt'
    ])
    for (const item of ['agreement', 'receipt', 'balance'] as const)
      expect(ONLINE_CHECKLIST).toContain(item)
  })

  it('opens a number saved before the 身份证 item with that item not done', async () => {
    const dir = await tempDir()
    const core = await openCore(dir)
    const created = await must(core, 'createCase', { number: '+8613812345678', country: 'CN' })
    await closeCore(core)
    // As the version before it wrote the store: no tick for the identity card.
    const stored = JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'))
    delete stored.cases[0].checklist.idCard
    stored.cases[0].checklist.sim = true
    await writeFile(join(dir, STORE_FILE), JSON.stringify(stored))
    const [reopened] = await must(await openCore(dir), 'listCases', {})
    expect(reopened!.id).toBe(created.id)
    expect(reopened!.checklist).toMatchObject({ idCard: false, sim: true })
    // A Chinese citizen's visit asks for the 身份证 instead of a passport.
    expect(reopened!.storeChecklist).toContain('idCard')
    expect(reopened!.storeChecklist).not.toContain('passport')
  })
})
