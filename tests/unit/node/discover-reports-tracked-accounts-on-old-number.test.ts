import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/domain/account'
import { isLikely, planImport, trackedOnNumber } from '../../../src/shared/domain/import-plan'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const EXPORT = join(__dirname, '../../fixtures/exports/bitwarden-leaving-russia.json')

/**
 * A folder whose case already tracks Sber (its roles say the number is the login), VK
 * and Ozon with the login usage taken off, and Avito (saved with an e-mail login).
 */
async function folderTracking(): Promise<{
  data: string
  ids: Record<string, string>
  avito: Account
}> {
  const data = join(await tempDir(), 'data')
  const core = await openCore(data, undefined, { mode: 'electron' })
  const c = await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
  const added = await must(core, 'addFromCatalog', {
    caseId: c.id,
    catalogIds: ['sber', 'vk', 'ozon', 'avito']
  })
  const ids = Object.fromEntries(added.map((a) => [a.catalogId, a.id]))
  for (const id of [ids.vk!, ids.ozon!])
    await must(core, 'updateAccount', { id, patch: { usages: ['notifications'] } })
  await closeCore(core)
  return { data, ids, avito: added.find((a) => a.catalogId === 'avito')! }
}

// Several discoveries per test, each in its own worker: slow on a busy machine.
describe(
  'services already in the list whose saved login is the old number',
  { timeout: 120_000 },
  () => {
    it('are reported by discovery, with whether the login is already recorded', async () => {
      const { data, ids } = await folderTracking()
      const core = await openCore(data, undefined, { mode: 'electron' })
      const found = await must(core, 'discoverAccounts', { source: { path: EXPORT } })
      const plan = planImport(found, { caseId: null, sims: {} })
      const number = '+79123456789'
      expect(trackedOnNumber(plan, found)).toEqual([
        {
          accountId: ids.ozon,
          name: 'Ozon',
          catalogId: 'ozon',
          loginRecorded: false,
          logins: 1,
          number
        },
        {
          accountId: ids.sber,
          name: 'Sber (Sberbank)',
          catalogId: 'sber',
          loginRecorded: true,
          logins: 1,
          number
        },
        // VK is saved twice, once with the old number (m.vk.com) and once with an e-mail.
        { accountId: ids.vk, name: 'VK', catalogId: 'vk', loginRecorded: false, logins: 1, number }
      ])
      // Tracked services are joined, never proposed as new accounts.
      const likely = plan.candidates.filter(isLikely).map((c) => c.catalogId)
      for (const id of ['sber', 'vk', 'ozon']) expect(likely).not.toContain(id)
      // Sber and VK are saved twice each; Avito's e-mail login waits for a number to be chosen.
      const joined = plan.candidates.filter((c) => c.trackedHere)
      expect(joined.reduce((n, c) => n + c.evidence.logins, 0)).toBe(5)
    })

    it('are said in the dry run and recorded by --apply, through the rules and in history', async () => {
      const { data, ids, avito } = await folderTracking()

      const dry = await unlinker('discover', EXPORT, '--data', data)
      expect(dry.code).toBe(0)
      expect(dry.out).toMatch(/Already in the list, and logging in with the old number:/)
      expect(dry.out).toMatch(/! Ozon +login not recorded yet/)
      expect(dry.out).toMatch(/! Sber \(Sberbank\) +login already recorded/)
      expect(dry.out).toMatch(/record the old number as the login of 2 already in the list/)

      const applied = await unlinker('discover', EXPORT, '--data', data, '--apply', '--json')
      expect(applied.code).toBe(0)
      const answer = JSON.parse(applied.out) as {
        applied: { loginRecorded: Array<{ accountId: string; name: string }> }
      }
      expect(answer.applied.loginRecorded).toEqual([
        { accountId: ids.ozon, name: 'Ozon' },
        { accountId: ids.vk, name: 'VK' }
      ])

      // Read the store back: the login usage is on the same accounts, nothing duplicated.
      const core = await openCore(data, undefined, { mode: 'electron' })
      const accounts = await must(core, 'listAccounts', {})
      const byId = (id: string): Account | undefined => accounts.find((a) => a.id === id)
      expect(byId(ids.ozon!)?.usages).toEqual(['login', 'notifications'])
      expect(byId(ids.vk!)?.usages).toEqual(['login', 'notifications'])
      // Avito's saved login is an e-mail: its account is left as it was, and only gains
      // what the export showed of it.
      expect(byId(ids.avito!)).toEqual({
        ...avito,
        updatedAt: expect.any(String),
        evidence: { passwords: { logins: 1, oldNumber: false } }
      })
      for (const id of ['sber', 'vk', 'ozon', 'avito'])
        expect(accounts.filter((a) => a.catalogId === id)).toHaveLength(1)
      const history = await must(core, 'listHistory', { entityId: ids.ozon! })
      expect(history.map((e) => e.changes?.usages).filter(Boolean)).toContainEqual({
        from: ['notifications'],
        to: ['login', 'notifications']
      })

      // Once recorded, discovery says so and --apply has nothing more to record.
      const again = await must(core, 'discoverAccounts', { source: { path: EXPORT } })
      const replanned = trackedOnNumber(planImport(again, { caseId: null, sims: {} }), again)
      expect(replanned.every((t) => t.loginRecorded)).toBe(true)
    })
  }
)
