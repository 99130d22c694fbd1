import { describe, expect, it } from 'vitest'
import { visibleWindow } from '../../../src/renderer/src/accounts/visible-window'

const base = { rowHeight: 48, viewportHeight: 480, overscan: 8 }

describe('the inventory renders only the rows in view', () => {
  it('renders the first screen and a margin at the top', () => {
    expect(visibleWindow({ ...base, count: 10_000, scrollTop: 0 })).toEqual({
      start: 0,
      end: 19,
      before: 0,
      after: (10_000 - 19) * 48
    })
  })

  it('keeps the full height of the list, wherever it is scrolled', () => {
    for (const scrollTop of [0, 47, 48, 4_800, 123_456, 479_520, 10_000_000]) {
      const w = visibleWindow({ ...base, count: 10_000, scrollTop })
      expect(w.before + (w.end - w.start) * 48 + w.after).toBe(10_000 * 48)
      expect(w.start).toBeLessThanOrEqual(w.end)
    }
  })

  it('covers the rows on screen with a margin either side', () => {
    const w = visibleWindow({ ...base, count: 10_000, scrollTop: 48 * 100 + 20 })
    expect(w.start).toBe(92)
    expect(w.end).toBe(100 + 11 + 8)
  })

  it('renders every row of a short list and nothing of an empty one', () => {
    expect(visibleWindow({ ...base, count: 3, scrollTop: 0 })).toEqual({
      start: 0,
      end: 3,
      before: 0,
      after: 0
    })
    expect(visibleWindow({ ...base, count: 0, scrollTop: 300 })).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0
    })
  })
})
