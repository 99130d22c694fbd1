import { describe, expect, it } from 'vitest'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import { must, openCore, runJob } from '../../support/open-core'
import { entryOf } from '../../support/crafted-archives'
import { tempDir } from '../../support/temp-dir'

const NOW = new Date('2026-12-01T10:00:00Z')

async function reportIn(language: string): Promise<string> {
  const core: UnlinkerCore = await openCore(await tempDir(), () => NOW, { mode: 'electron' })
  await must(core, 'loadExampleData', {})
  const [c] = await must(core, 'listCases', {})
  // One item left unticked, so the report shows both states of the store's checklist.
  await must(core, 'updateCase', {
    id: c!.id,
    patch: { replacementNumber: '+79251234567', checklist: { ...c!.checklist, balance: false } }
  })
  const job = await runJob(core, must(core, 'startExport', { language }))
  if (job.kind !== 'export' || !job.result) throw new Error(`export ${job.state}`)
  // The report as the user finds it: read out of the real ZIP.
  return (await entryOf(job.result.path, 'report.html')).toString('utf8')
}

/** The text of one fact's value in the report (its <dd data-fact="…">). */
function fact(report: string, key: string): string {
  const match = new RegExp(`<dd data-fact="${key}">(.*?)</dd>`).exec(report)
  if (!match) throw new Error(`no ${key} in the report`)
  return match[1]!
}

describe('the report in the archive', () => {
  it('names the carrier, formats the numbers, and says how it was cancelled and when the number may go to someone else, with the source', async () => {
    const report = await reportIn('en')
    expect(fact(report, 'carrier')).toBe('MTS')
    expect(report).toContain('<h2>+7 916 555 01 23</h2>')
    expect(fact(report, 'channel')).toBe('In a store')
    expect(fact(report, 'replacementNumber')).toBe('+7 925 123 45 67')
    // Cancelled 21 days before NOW (10 Nov); the published Russian estimate is 60 days.
    const reassign = fact(report, 'reassign-cancellation')
    expect(reassign).toContain('Jan 9, 2027')
    expect(reassign).toContain('Source: https://www.gazeta.ru/')
    expect(reassign).toContain('news, Mar 5, 2026')
    // The store visit's checklist, each item ticked or not.
    expect(report).toMatch(/<li data-item="sim" data-done="true">☑ /)
    expect(report).toMatch(/<li data-item="balance" data-done="false">☐ /)
    expect(report).toMatch(/\d+(\.\d)? KB/)
    expect(report).not.toContain('bytes')
  })

  it('speaks Russian: sizes in its units, dates without a doubled full stop', async () => {
    const report = await reportIn('ru')
    expect(fact(report, 'channel')).toBe('В салоне связи')
    expect(fact(report, 'reassign-cancellation')).toContain('9 января 2027')
    expect(report).toMatch(/\d+(,\d)? КБ/)
    expect(report).not.toMatch(/bytes|\bKB\b/)
    expect(report).not.toContain('г..')
    expect(report).not.toMatch(/\d{4} г\./)
  })

  it('speaks Chinese', async () => {
    const report = await reportIn('zh-CN')
    expect(fact(report, 'reassign-cancellation')).toContain('2027年1月9日')
    expect(report).toContain('注销方式')
  })
  it('says per account what discovery found of it, as counts only', async () => {
    const core: UnlinkerCore = await openCore(await tempDir(), () => NOW, { mode: 'electron' })
    const c = await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
    const pick = { catalogId: null, category: 'other' as const, usages: ['login' as const] }
    await must(core, 'addDiscovered', {
      caseId: c.id,
      picks: [
        {
          ...pick,
          name: 'Found in both',
          evidence: {
            passwords: { logins: 2, oldNumber: true },
            sms: { messages: 4, codes: 3, first: null, last: null, senders: ['BOTHBANK'] }
          }
        },
        { ...pick, name: 'Added by hand', evidence: {} }
      ]
    })
    const job = await runJob(core, must(core, 'startExport', { language: 'en' }))
    if (job.kind !== 'export' || !job.result) throw new Error(`export ${job.state}`)
    const report = (await entryOf(job.result.path, 'report.html')).toString('utf8')
    expect(report).toContain('<th>Found by</th>')
    const row = (name: string): string =>
      new RegExp(`<tr><td>${name}</td>(.*?)</tr>`).exec(report)?.[1] ?? ''
    expect(row('Found in both')).toContain(
      '<td>saved logins in a password export: 2; the old number is a login; messages to the old number: 4, codes among them: 3</td>'
    )
    expect(row('Added by hand')).toContain('<td>—</td>')
    // Never a sender: the report says how much was found, not what.
    expect(report).not.toContain('BOTHBANK')
  })
})
