import { describe, expect, it } from 'vitest'
import { translate } from '../../../src/core/i18n/messages'
import { keepUntilDate, retentionOf } from '../../../src/shared/domain/retention'
import { retentionWords } from '../../../src/shared/report/retention-words'

const owner = { id: 'case-1', cancellationDate: '2026-11-02', keepProofsUntil: null }
let n = 0
const account = (
  status: 'todo' | 'inProgress' | 'unlinked' | 'verified' | 'notNeeded',
  more: { unlinkedAt?: string; updatedAt?: string; caseId?: string } = {}
) => ({
  id: `account-${++n}`,
  caseId: owner.id,
  status,
  updatedAt: '2026-11-05T10:00:00Z',
  ...more
})

describe('how long proofs are kept', () => {
  it('while any account on the number still uses it: that many, whatever the dates', () => {
    const accounts = [
      account('todo'),
      account('inProgress'),
      account('unlinked'),
      account('notNeeded'),
      // Another number's open account is not this number's business.
      account('todo', { caseId: 'case-2' })
    ]
    const facts = { owner, accounts, documentDates: ['2026-11-02'] }
    expect(retentionOf(facts, '2029-01-01')).toEqual({ kind: 'whileLinked', linked: 2 })
    expect(keepUntilDate(facts)).toBeNull()
  })

  it('then a year past the latest of the cancellation, a document and the last unlink', () => {
    const at = (documentDates: string[], unlinkedAt: string) =>
      keepUntilDate({
        owner,
        accounts: [account('verified', { unlinkedAt }), account('notNeeded')],
        documentDates
      })
    expect(at(['2026-10-30'], '2026-10-01T09:00:00Z')).toBe('2027-11-02')
    expect(at(['2027-01-15'], '2026-10-01T09:00:00Z')).toBe('2028-01-15')
    expect(at(['2026-10-30'], '2027-03-04T09:00:00Z')).toBe('2028-03-04')
    // A record from before the unlink day was kept has only its last change to go by.
    expect(
      keepUntilDate({
        owner,
        accounts: [account('unlinked', { updatedAt: '2027-06-01T08:00:00Z' })],
        documentDates: []
      })
    ).toBe('2028-06-01')
    // The user's own later date wins; an earlier one cannot shorten the rule.
    const mine = (keepProofsUntil: string) =>
      keepUntilDate({ owner: { ...owner, keepProofsUntil }, accounts: [], documentDates: [] })
    expect(mine('2030-01-01')).toBe('2030-01-01')
    expect(mine('2027-01-01')).toBe('2027-11-02')
  })

  it('a day that has passed is "ended", never a day to keep until, in every language', () => {
    const facts = {
      owner,
      accounts: [account('unlinked', { unlinkedAt: '2026-10-20T12:00:00Z' })],
      documentDates: ['2026-11-02']
    }
    expect(retentionOf(facts, '2027-11-02')).toEqual({ kind: 'until', date: '2027-11-02' })
    const ended = retentionOf(facts, '2028-02-01')
    expect(ended).toEqual({ kind: 'ended', date: '2027-11-02' })
    const words = (language: string) =>
      retentionWords(
        ended,
        (key, params) => translate(language, key, params),
        (d) => d
      )
    expect(words('en')).toBe(
      'Kept long enough: the time to keep them ended 2027-11-02, they may be deleted'
    )
    expect(words('en')).not.toMatch(/keep until/i)
    expect(words('ru')).not.toMatch(/Храните до/)
    expect(words('zh-CN')).not.toMatch(/请保留至/)
  })

  it('a number not cancelled yet keeps its proofs until a year after it is', () => {
    const planned = { ...owner, cancellationDate: null }
    expect(
      retentionOf({ owner: planned, accounts: [], documentDates: ['2026-10-01'] }, '2026-10-02')
    ).toEqual({
      kind: 'afterCancellation'
    })
  })

  it('says how many accounts remain in each language’s plural', () => {
    const say = (language: string, linked: number) =>
      retentionWords(
        { kind: 'whileLinked', linked },
        (key, params) => translate(language, key, params),
        (d) => d
      )
    expect(say('en', 1)).toBe('Keep while 1 account remains linked')
    expect(say('en', 26)).toBe('Keep while 26 accounts remain linked')
    expect(say('ru', 1)).toBe('Храните, пока к номеру привязан 1 аккаунт')
    expect(say('ru', 3)).toBe('Храните, пока к номеру привязаны 3 аккаунта')
    expect(say('ru', 26)).toBe('Храните, пока к номеру привязано 26 аккаунтов')
    expect(say('zh-CN', 26)).toBe('仍有 26 个账户绑定此号码，请继续保留')
  })
})
