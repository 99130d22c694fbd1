import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Discovery } from '../../../src/shared/domain/discovery'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

/**
 * A Chrome export of about 285 logins beyond the big names: regional Russian banks, city
 * and regional state portals, utilities and brokers; Chinese state, bank and everyday apps;
 * the banks, state portals and shops of the countries people move to (Kyrgyzstan,
 * Uzbekistan, Kazakhstan, Armenia, Georgia, Serbia, Türkiye, the UAE) and international
 * services. Several logins share one service; the users are the old number (+7 or +86),
 * an e-mail or a nickname, and every password is planted.
 */
const EXPORT = join(__dirname, '../../fixtures/exports/long-tail-logins.csv')

async function discover(): Promise<Discovery> {
  const core = await openCore(join(await tempDir(), 'data'), undefined, { mode: 'electron' })
  await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
  return must(core, 'discoverAccounts', { source: { path: EXPORT } })
}

describe('a long tail of regional and emigrant logins against the whole catalog', () => {
  it('matches at least 90% of its distinct services to a catalog entry', async () => {
    const found = await discover()
    expect(found.format).toBe('chrome-csv')
    expect(found.candidates.length).toBeGreaterThan(250)
    const unmatched = found.candidates.filter((c) => c.catalogId === null).map((c) => c.key)
    const share = 1 - unmatched.length / found.candidates.length
    // 206 of 271 (76%) before the regional services were added to the knowledge base; all
    // 274 since (a service file of its own splits a few hosts off a parent's entry).
    expect(share, `not in the catalog: ${unmatched.join(', ')}`).toBeGreaterThanOrEqual(0.9)
  })

  it('gives a portal on a shared parent domain its own entry, not the parent one', async () => {
    const found = await discover()
    const holding = (item: string): string | null | undefined =>
      found.candidates.find((c) => c.evidence.items.includes(item))?.catalogId
    // The tax service's own host stays with it; its self-employed app has its own.
    expect(holding('Мой налог')).toBe('moy-nalog')
    expect(holding('Госуслуги Санкт-Петербурга')).toBe('gu-spb')
    expect(holding('国家政务服务平台')).toBe('gjzwfw')
    expect(holding('住房公积金')).toBe('housing-fund')
    expect(holding('掌上12333')).toBe('china-12333')
    expect(holding('京东金融')).toBe('jd-finance')
    expect(holding('Halyk')).toBe('halyk')
    expect(holding('Click')).toBe('click-uz')
  })
})
