import { describe, expect, it } from 'vitest'
import type { Account } from '../../../src/shared/domain/account'
import { countryClocks } from '../../../src/core/knowledge/cancellation-guide'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'
import { phaseGuidance as guidanceOn } from '../../../src/shared/domain/phase-guidance'

/** What the dashboard leads with, on the clocks the knowledge base gives the case's country. */
const phaseGuidance = <A extends Parameters<typeof guidanceOn>[1][number]>(
  c: Omit<Parameters<typeof guidanceOn>[0], 'clocks'> & { country: string },
  accounts: readonly A[],
  today: string,
  proofs: Parameters<typeof guidanceOn>[3]
) =>
  guidanceOn(
    { ...c, clocks: countryClocks(appKnowledge(), c.country) },
    accounts,
    today,
    proofs,
    () => undefined
  )

const number = {
  id: 'case-0000001',
  country: 'RU',
  status: 'planned' as 'planned' | 'submitted' | 'confirmed',
  cancellationDate: '2026-12-20' as string | null,
  lastUseDate: null as string | null,
  reassignDays: null as number | null,
  keepProofsUntil: null as string | null,
  stateActionsDone: [] as string[]
}
type Guided = Pick<
  Account,
  | 'id'
  | 'name'
  | 'category'
  | 'usages'
  | 'status'
  | 'lockedOut'
  | 'caseId'
  | 'updatedAt'
  | 'catalogId'
>
const account = (
  name: string,
  category: Account['category'],
  usages: Account['usages'],
  more: Partial<Guided> = {}
): Guided => ({
  id: `account-${name}`,
  updatedAt: '2026-11-01T10:00:00Z',
  name,
  category,
  usages,
  status: 'todo',
  lockedOut: false,
  catalogId: null,
  caseId: number.id,
  ...more
})

const inventory = [
  account('Sber', 'bank', ['login', 'sms2fa']),
  account('Gosuslugi', 'government', ['login']),
  account('VK', 'social', ['recovery']),
  account('Ozon', 'marketplace', ['notifications']),
  account('Telegram', 'messenger', ['login'], { status: 'verified' }),
  account('Other number', 'bank', ['login'], { caseId: 'case-0000002' })
]

describe('what the dashboard leads with', () => {
  it('in planning: the critical accounts on this number, in plan order, and the planned day', () => {
    const g = phaseGuidance(number, inventory, '2026-12-01', [])
    expect(g.phase).toBe('planning')
    expect(g.work).toBe('working')
    // VK's recovery puts no money, identity, e-mail or sign-in at stake: high, not critical.
    expect(g.critical.map((a) => a.name)).toEqual(['Sber', 'Gosuslugi'])
    expect(g.plannedOn).toBe('2026-12-20')
    expect(g.daysSinceCancellation).toBeNull()
    expect(g.clocks).toEqual([])
  })

  it('cancelled: days since, the reissue estimate with its source, the inactivity clock apart', () => {
    const cancelled = { ...number, status: 'confirmed' as const, cancellationDate: '2026-11-20' }
    const g = phaseGuidance(
      { ...cancelled, lastUseDate: '2026-11-10' },
      inventory,
      '2026-12-01',
      []
    )
    expect(g.phase).toBe('cancelled')
    expect(g.daysSinceCancellation).toBe(11)
    expect(g.plannedOn).toBeNull()
    const [byCancellation, byInactivity] = g.clocks
    expect(byCancellation).toMatchObject({
      kind: 'cancellation',
      reissueFrom: '2027-01-19',
      custom: false
    })
    expect(byCancellation!.sources.map((s) => new URL(s.url).hostname)).toEqual(['www.gazeta.ru'])
    expect(byInactivity).toMatchObject({
      kind: 'inactivity',
      contractEndsOn: '2027-02-08',
      reissueFrom: '2027-04-09'
    })
    expect(byInactivity!.sources.map((s) => new URL(s.url).hostname)).toContain('www.rbc.ru')
    expect(g.reissueFrom).toBe('2027-01-19')
    // Sber, Gosuslugi, VK and Ozon still use the number: the proofs stay while they do.
    expect(g.retention).toEqual({ kind: 'whileLinked', linked: 4 })
  })

  it('cancelled with the user’s own estimate: no published source claimed for it', () => {
    const own = {
      ...number,
      status: 'submitted' as const,
      cancellationDate: '2026-11-20',
      reassignDays: 30
    }
    const [clock] = phaseGuidance(own, inventory, '2026-12-01', []).clocks
    expect(clock).toMatchObject({ custom: true, sources: [], reissueFrom: '2026-12-20' })
  })

  it('possibly reassigned: urgent, critical accounts first, locked-out ones named', () => {
    const late = { ...number, status: 'confirmed' as const, cancellationDate: '2026-09-01' }
    const locked = [...inventory, account('Alfa', 'bank', ['sms2fa'], { lockedOut: true })]
    const g = phaseGuidance(late, locked, '2026-11-05', [])
    expect(g.phase).toBe('possiblyReassigned')
    expect(g.reissueFrom).toBe('2026-10-31')
    expect(g.critical.map((a) => a.name)).toEqual(['Alfa', 'Sber', 'Gosuslugi'])
    expect(g.lockedOut.map((a) => a.name)).toEqual(['Alfa'])
  })

  it('an empty case is empty, not finished; a case with every account done is finished', () => {
    expect(phaseGuidance(number, [], '2026-12-01', []).work).toBe('empty')
    expect(phaseGuidance(number, inventory.slice(5), '2026-12-01', []).work).toBe('empty')
    const done = inventory.map((a) => ({ ...a, status: 'unlinked' as const }))
    const g = phaseGuidance(
      number,
      [...done, account('Old forum', 'other', [], { status: 'notNeeded' })],
      '2026-12-01',
      []
    )
    expect(g.work).toBe('finished')
    expect(g.critical).toEqual([])
  })
})
