import { describe, expect, it } from 'vitest'
import { EMPTY_CHECKLIST, type Case } from '../../../src/shared/domain/case'
import { countryClocks } from '../../../src/core/knowledge/cancellation-guide'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'
import { dueReminders, remindersFor as remindersOn } from '../../../src/shared/domain/reminders'

/** The reminders on the clocks the knowledge base gives the case's country. */
const remindersFor = (
  c: Case,
  accounts: Parameters<typeof remindersOn>[1],
  people: Parameters<typeof remindersOn>[2],
  proofs: Parameters<typeof remindersOn>[3],
  today: string
) => remindersOn(c, accounts, people, proofs, today, countryClocks(appKnowledge(), c.country))

const base: Case = {
  id: 'case-0000001',
  number: '+79123456789',
  country: 'RU',
  carrier: 'mts',
  cancellationDate: '2026-12-20',
  reference: '',
  channel: 'store',
  status: 'planned',
  notes: '',
  checklist: { ...EMPTY_CHECKLIST },
  reassignDays: null,
  keepProofsUntil: null,
  lastUseDate: null,
  replacementNumber: null,
  holderForeignCitizen: false,
  holderName: '',
  departureDate: null,
  keptAbroad: false,
  stateActionsDone: [],
  messageLanguages: [],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z'
}
const person = (status: 'toNotify' | 'notified') => ({ caseId: base.id, status })
let n = 0
const account = (
  lockedOut: boolean,
  status: 'todo' | 'unlinked' = 'todo',
  unlinkedAt?: string
) => ({
  id: `account-${++n}`,
  name: `Account ${n}`,
  category: 'other' as const,
  usages: [],
  catalogId: null,
  caseId: base.id,
  status,
  lockedOut,
  updatedAt: '2026-11-21T09:00:00Z',
  unlinkedAt
})
const kinds = (list: Array<{ kind: string; date: string }>) => list.map((r) => [r.kind, r.date])

describe('reminders', () => {
  it('in planning: the planned day, people to tell on it, proof retention a year on, no reissue yet', () => {
    const list = remindersFor(base, [], [person('toNotify'), person('notified')], [], '2026-12-01')
    expect(kinds(list)).toEqual([
      ['cancellationDay', '2026-12-20'],
      ['peopleToNotify', '2026-12-20'],
      ['retentionEnds', '2027-12-20']
    ])
    expect(list[1]?.count).toBe(1)
  })

  it('in planning with the SIM unused: two weeks before day 90 after the last use, then the reissue', () => {
    const unused = { ...base, cancellationDate: null, lastUseDate: '2026-10-01' }
    const list = remindersFor(unused, [], [], [], '2026-12-01')
    // Day 90 is 30 December; the warning comes 14 days earlier and names the day itself.
    expect(list[0]).toMatchObject({ kind: 'contractEnds', about: '2026-12-30' })
    expect(kinds(list)).toEqual([
      ['contractEnds', '2026-12-16'],
      ['reissueSoon', '2027-02-14'],
      ['reissueDay', '2027-02-28']
    ])
  })

  it('once cancelled: two weeks before the reissue, the day itself, locked-out accounts; no retention end while accounts use the number', () => {
    const cancelled = { ...base, status: 'confirmed' as const, cancellationDate: '2026-11-20' }
    const list = remindersFor(
      cancelled,
      [account(true), account(true, 'unlinked'), account(false)],
      [],
      [],
      '2026-12-01'
    )
    expect(kinds(list)).toEqual([
      ['lockedOutAccounts', '2026-12-01'],
      ['reissueSoon', '2027-01-05'],
      ['reissueDay', '2027-01-19']
    ])
    expect(list.find((r) => r.kind === 'lockedOutAccounts')?.count).toBe(1)
    expect(list.find((r) => r.kind === 'reissueSoon')?.about).toBe('2027-01-19')
  })

  it('possibly reassigned: the day itself stays due; "before it goes to someone else" is said no more', () => {
    const late = { ...base, status: 'confirmed' as const, cancellationDate: '2026-09-01' }
    const list = remindersFor(late, [], [person('toNotify')], [], '2026-11-05')
    expect(kinds(dueReminders(list, '2026-11-05'))).toEqual([
      ['reissueDay', '2026-10-31'],
      ['peopleToNotify', '2026-11-05']
    ])
    // The people's reminder no longer says to tell them before the number is reissued.
    expect(list.find((r) => r.kind === 'peopleToNotify')?.variant).toBe('reassigned')
    const before = remindersFor(late, [], [person('toNotify')], [], '2026-10-20')
    expect(before.find((r) => r.kind === 'peopleToNotify')?.variant).toBeUndefined()
    expect(kinds(before)).toContainEqual(['reissueSoon', '2026-10-17'])
  })

  it('keeps ids stable for the same facts, and different for another day', () => {
    const a = remindersFor(base, [], [person('toNotify')], [], '2026-12-01')
    const b = remindersFor(base, [], [person('toNotify')], [], '2026-12-02')
    expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id))
    expect(new Set(a.map((r) => r.id)).size).toBe(a.length)
  })

  it('the end of retention is a year past the latest of the cancellation, a document and the last unlink', () => {
    const cancelled = { ...base, status: 'confirmed' as const, cancellationDate: '2026-11-20' }
    const done = [account(false, 'unlinked', '2027-02-03T10:00:00Z'), account(false, 'unlinked')]
    const proof = (documentDate: string) => ({
      ownerType: 'case' as const,
      ownerId: base.id,
      documentDate
    })
    const on = (proofs: Array<ReturnType<typeof proof>>) =>
      remindersFor(cancelled, done, [], proofs, '2027-03-01').find(
        (r) => r.kind === 'retentionEnds'
      )?.date
    expect(on([])).toBe('2028-02-03')
    expect(on([proof('2026-11-20'), proof('2028-05-01')])).toBe('2029-05-01')
    // A proof of another number does not move this one's.
    expect(on([{ ...proof('2030-01-01'), ownerId: 'case-0000002' }])).toBe('2028-02-03')
  })
})
