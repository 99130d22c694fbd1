import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GeneratedFile } from '../../../src/core/catalog/generated-layer'
import { resourceFile } from '../../../src/core/resource-file'
import {
  catalogFileText,
  generateEntries,
  type DataSets
} from '../../../scripts/catalog/generate-entries'
import { readLinkLists } from '../../../scripts/catalog/link-rules'
import { noticesText } from '../../../scripts/catalog/notices-text'
import { readDataSets } from '../../../scripts/catalog/read-data-sets'

const sourcesDir = process.env.UNLINKER_CATALOG_SOURCES
if (!sourcesDir) {
  console.log(
    'Skipping the byte-for-byte regeneration of the catalog: set UNLINKER_CATALOG_SOURCES ' +
      'to the folder of data snapshots (../shared/data) to run it.'
  )
}

/** Small data sets shaped like the real ones, with the traps the generator must avoid. */
function sampleSets(): DataSets {
  return {
    twoFa: {
      'entries/e/example-bank.com.json': {
        'Example Bank': {
          domain: 'example-bank.com',
          'additional-domains': ['examplebank.app'],
          tfa: ['sms', 'totp', 'smoke-signals'],
          documentation: 'https://example-bank.com/help/2fa',
          recovery: 'http://example-bank.com/recover',
          categories: ['banking'],
          regions: ['ru', '-us'],
          notes: 'A sentence of someone else that must not be copied.'
        } as DataSets['twoFa'][string][string]
      },
      'entries/e/example-mail.com.json': {
        'Example Mail': { domain: 'www.Example-Mail.com', tfa: ['totp'], categories: ['email'] }
      }
    },
    justDeleteMe: [
      {
        name: 'Example Bank (deletion)',
        url: 'https://example-bank.com/close ',
        difficulty: 'hard',
        domains: ['examplebank.app'],
        notes: 'Call them and insist.'
      } as DataSets['justDeleteMe'][number],
      {
        name: 'Only Here',
        url: 'http://only-here.org/delete',
        difficulty: 'easy',
        domains: ['only-here.org/forum', 'not a domain']
      },
      {
        name: 'Example Bank',
        url: 'https://other.example/',
        difficulty: 'odd',
        domains: ['example-bank.com.evil']
      }
    ],
    changePasswordUrls: { 'example-mail.com': 'https://example-mail.com/security/password' },
    sharedCredentials: [
      { shared: ['example-mail.com', 'example-mail.net'] },
      { from: ['old-example-bank.com'], to: ['example-bank.com'] },
      { shared: ['nobody-a.com', 'nobody-b.com'] }
    ]
  }
}

describe('the catalog generator', () => {
  const entries = generateEntries(sampleSets())
  const byId = new Map(entries.map((e) => [e.id, e]))

  it('takes facts only: no free-text notes, no http link, no unknown 2FA method', () => {
    const text = catalogFileText(entries, {})
    expect(text).not.toMatch(/someone else|insist/)
    expect(text).not.toContain('http:')
    expect(byId.get('example-bank-com')?.tfa).toEqual(['sms', 'totp'])
    expect(byId.get('example-bank-com')?.links.recovery).toBeUndefined()
    expect(byId.get('only-here-org')?.links.deletion).toBeUndefined()
    expect(byId.get('only-here-org')?.deletionDifficulty).toBe('easy')
  })

  it('merges the data sets by domain, each fact keeping its source', () => {
    const bank = byId.get('example-bank-com')!
    expect(bank).toMatchObject({
      name: 'Example Bank',
      category: 'bank',
      regions: ['ru'],
      links: {
        tfaDocs: 'https://example-bank.com/help/2fa',
        deletion: 'https://example-bank.com/close'
      },
      deletionDifficulty: 'hard',
      sources: {
        tfa: '2fa.directory',
        deletion: 'justdeleteme',
        deletionDifficulty: 'justdeleteme'
      }
    })
    expect(bank.domains).toEqual(['example-bank.com', 'examplebank.app', 'old-example-bank.com'])
    const mail = byId.get('example-mail-com')!
    expect(mail.domains).toEqual(['example-mail.com', 'example-mail.net'])
    expect(mail.links.changePassword).toBe('https://example-mail.com/security/password')
    expect(mail.sources.changePassword).toBe('apple')
    // example-bank.com.evil has no real top-level domain: the site it named is left out.
    expect(entries.map((e) => e.id)).toEqual([
      'example-bank-com',
      'example-mail-com',
      'only-here-org'
    ])
  })

  it('writes the same text for the same data', () => {
    const again = generateEntries(sampleSets())
    expect(catalogFileText(again, { a: 'b' })).toBe(catalogFileText(entries, { a: 'b' }))
  })
})

describe('the committed catalog file', () => {
  it('is valid, has unique ids, https links only, and no field the data sets do not feed', async () => {
    const text = await readFile(resourceFile('catalog', 'catalog.json'), 'utf8')
    const file = GeneratedFile.extend({
      entries: GeneratedFile.shape.entries.element.strict().array()
    }).parse(JSON.parse(text))
    expect(file.entries.length).toBeGreaterThanOrEqual(2500)
    expect(new Set(file.entries.map((e) => e.id)).size).toBe(file.entries.length)
    const links = file.entries.flatMap((e) => Object.values(e.links))
    expect(links.every((l) => l.startsWith('https://') && !/\s/.test(l))).toBe(true)
    const sms = file.entries.filter((e) => e.tfa.includes('sms') || e.tfa.includes('call'))
    expect(sms.length).toBeGreaterThanOrEqual(800)
  })

  it.skipIf(!sourcesDir)(
    'is regenerated byte for byte from the snapshots, and so are the notices',
    async () => {
      const dir = resolve(sourcesDir!)
      const { sets, snapshots } = await readDataSets(dir)
      const committed = await readFile(resourceFile('catalog', 'catalog.json'), 'utf8')
      const lists = readLinkLists(resolve(__dirname, '../../../resources/knowledge'))
      expect(catalogFileText(generateEntries(sets, lists), snapshots)).toBe(committed)
      const notices = await readFile(resourceFile('THIRD-PARTY-NOTICES.md'), 'utf8')
      expect(await noticesText(dir)).toBe(notices)

      // Not one free-text note of the data sets made it into the file.
      const notes = [
        ...Object.values(sets.twoFa).flatMap((file) =>
          Object.values(file).map((e) => (e as { notes?: string }).notes)
        ),
        ...sets.justDeleteMe.map((s) => (s as { notes?: string }).notes)
      ].filter((n): n is string => typeof n === 'string' && n.length >= 30)
      expect(notes.length).toBeGreaterThan(1000)
      expect(notes.filter((n) => committed.includes(JSON.stringify(n).slice(1, -1)))).toEqual([])
    }
  )

  it('ships the notices with each data set named and its licence', async () => {
    const notices = await readFile(resourceFile('THIRD-PARTY-NOTICES.md'), 'utf8')
    for (const name of ['2fa.directory', 'JustDeleteMe', "Apple's password-manager resources"])
      expect(notices).toContain(`## ${name}`)
    expect(notices.match(/Permission is hereby granted, free of charge/g)).toHaveLength(4)
    expect(notices).toContain('Copyright 2020 - 2026 Apple Inc.')
  })
})
