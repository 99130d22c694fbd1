import { describe, expect, it } from 'vitest'
import { countryClocks } from '../../../src/core/knowledge/cancellation-guide'
import { appKnowledge } from '../../../src/core/knowledge/knowledge'
import { phaseOf as phaseOn } from '../../../src/shared/domain/phase'

const clocks = (country: string) => countryClocks(appKnowledge(), country)
/** The phase on the clocks the knowledge base gives the case's country. */
const phaseOf = (c: Parameters<typeof phaseOn>[0] & { country: string }, today: string) =>
  phaseOn(c, today, clocks(c.country))
const ESTIMATE_SOURCES = {
  reissueRussia: clocks('RU').reissue.sources[0],
  inactivityRussia: clocks('RU').inactivity?.sources[0]
}

const cancelledInRussia = {
  status: 'confirmed',
  cancellationDate: '2026-11-01',
  lastUseDate: null,
  reassignDays: null,
  country: 'RU'
} as const

describe('the phase of a case', () => {
  it('is planning while the SIM is still the user’s, whatever the date', () => {
    for (const today of ['2026-01-01', '2026-11-01', '2030-01-01']) {
      const p = phaseOf({ ...cancelledInRussia, status: 'planned' }, today)
      expect(p.phase, today).toBe('planning')
      expect(p.clocks).toEqual([])
      expect(p.daysSinceCancellation).toBeNull()
    }
  })

  it('is cancelled from the cancellation day until the day before a possible reissue', () => {
    expect(phaseOf(cancelledInRussia, '2026-11-01')).toMatchObject({
      phase: 'cancelled',
      daysSinceCancellation: 0,
      reissueFrom: '2026-12-31',
      daysUntilReissue: 60
    })
    expect(phaseOf(cancelledInRussia, '2026-12-30')).toMatchObject({
      phase: 'cancelled',
      daysSinceCancellation: 59,
      daysUntilReissue: 1
    })
  })

  it('is possibly reassigned from about two months after a Russian cancellation, with its source', () => {
    const p = phaseOf(cancelledInRussia, '2026-12-31')
    expect(p).toMatchObject({ phase: 'possiblyReassigned', daysUntilReissue: 0 })
    expect(p.clocks).toEqual([
      {
        kind: 'cancellation',
        from: '2026-11-01',
        reissueFrom: '2026-12-31',
        custom: false,
        sources: [ESTIMATE_SOURCES.reissueRussia]
      }
    ])
  })

  it('waits 90 days for a Chinese number, and the user’s own estimate when given', () => {
    const china = { ...cancelledInRussia, country: 'CN' }
    expect(phaseOf(china, '2027-01-29').phase).toBe('cancelled')
    expect(phaseOf(china, '2027-01-30').phase).toBe('possiblyReassigned')
    const own = phaseOf({ ...cancelledInRussia, reassignDays: 30 }, '2026-12-01')
    expect(own.phase).toBe('possiblyReassigned')
    expect(own.clocks[0]).toMatchObject({ custom: true, sources: [] })
  })

  it('runs a separate inactivity clock: 90 days without use end a Russian contract, reissue about two months later', () => {
    const unused = { ...cancelledInRussia, status: 'planned', lastUseDate: '2026-06-01' } as const
    const before = phaseOf(unused, '2026-10-28')
    expect(before.phase).toBe('planning')
    expect(before.clocks).toEqual([
      {
        kind: 'inactivity',
        from: '2026-06-01',
        contractEndsOn: '2026-08-30',
        reissueFrom: '2026-10-29',
        custom: false,
        sources: [ESTIMATE_SOURCES.inactivityRussia, ESTIMATE_SOURCES.reissueRussia]
      }
    ])
    expect(phaseOf(unused, '2026-10-29').phase).toBe('possiblyReassigned')
    // Outside Russia no inactivity rule is known, so no clock runs.
    expect(phaseOf({ ...unused, country: 'DE' }, '2030-01-01').clocks).toEqual([])
  })

  it('takes the earlier of the two clocks when both run', () => {
    const both = { ...cancelledInRussia, lastUseDate: '2026-07-01' } as const
    const p = phaseOf(both, '2026-11-10')
    expect(p.clocks.map((c) => [c.kind, c.reissueFrom])).toEqual([
      ['cancellation', '2026-12-31'],
      ['inactivity', '2026-11-28']
    ])
    expect(p.reissueFrom).toBe('2026-11-28')
    expect(phaseOf(both, '2026-11-28').phase).toBe('possiblyReassigned')
  })

  it('runs a Chinese number that stopped being paid on its unknown cut-off, then 90 days', () => {
    const lapsed = {
      status: 'planned',
      cancellationDate: null,
      lastUseDate: '2026-03-01',
      reassignDays: null,
      country: 'CN'
    } as const
    const p = phaseOf(lapsed, '2026-04-01')
    expect(p.clocks).toEqual([
      {
        kind: 'unpaid',
        from: '2026-03-01',
        cancellationDelayUnknown: true,
        // The earliest day: as if the carrier cancelled it at once.
        reissueFrom: '2026-05-30',
        custom: false,
        sources: clocks('CN').reissue.sources
      }
    ])
    expect(p.phase).toBe('planning')
    expect(phaseOf(lapsed, '2026-05-30').phase).toBe('possiblyReassigned')
    // Once cancelled, the cancellation's own clock runs instead.
    const cancelled = { ...lapsed, status: 'confirmed', cancellationDate: '2026-04-10' } as const
    expect(phaseOf(cancelled, '2026-04-11').clocks.map((c) => c.kind)).toEqual(['cancellation'])
    // A Russian number's last use runs the inactivity rule, not this one.
    const russian = phaseOf({ ...lapsed, country: 'RU' }, '2026-04-01')
    expect(russian.clocks.map((c) => c.kind)).toEqual(['inactivity'])
  })
})
