import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { UnlinkerCore } from '../../../src/core/unlinker-core'
import type { Discovery } from '../../../src/shared/domain/discovery'
import { isLikely, planImport } from '../../../src/shared/domain/import-plan'
import { must, openCore } from '../../support/open-core'
import { tempDir } from '../../support/temp-dir'

const FIXTURES = join(__dirname, '../../fixtures/exports')
const desktop = { mode: 'electron' as const }

async function setUp(): Promise<{ core: UnlinkerCore; data: string; caseId: string }> {
  const data = join(await tempDir(), 'data')
  const core = await openCore(data, undefined, desktop)
  const c = await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
  return { core, data, caseId: c.id }
}

async function discover(core: UnlinkerCore, file: string): Promise<Discovery> {
  return must(core, 'discoverAccounts', { source: { path: join(FIXTURES, file) } })
}

const summary = (d: Discovery) =>
  Object.fromEntries(d.candidates.map((c) => [c.catalogId ?? c.key, c.usesOldNumber]))

/** No secret from any fixture may reach the store, its snapshots, or an answer. */
async function expectNoSecrets(data: string, ...answers: unknown[]): Promise<void> {
  const texts = [JSON.stringify(answers)]
  texts.push(await readFile(join(data, 'unlinker.json'), 'utf8'))
  for (const name of await readdir(join(data, 'snapshots')).catch(() => []))
    texts.push(await readFile(join(data, 'snapshots', name), 'utf8'))
  for (const text of texts) expect(text).not.toMatch(/SECRET|otpauth|CIPHERTEXT/)
}

describe('discovering accounts from a password manager export', () => {
  it.each([
    [
      'bitwarden.json',
      'bitwarden-json',
      { sber: true, gosuslugi: true, ozon: true, vk: false, wechat: false }
    ],
    ['bitwarden.csv', 'bitwarden-csv', { sber: true, avito: false }],
    ['chrome.csv', 'chrome-csv', { sber: true, wildberries: true }],
    ['firefox.csv', 'firefox-csv', { vk: true, google: false }],
    ['keepassxc.csv', 'keepassxc-csv', { 't-bank': true, telegram: true }],
    ['1password.csv', '1password-csv', { alipay: true, amazon: false }],
    ['apple.csv', 'apple-csv', { 'yandex-id': true, paypal: false }]
  ])(
    'reads %s as %s, matches the catalog, and flags the old number',
    async (file, format, expected) => {
      const { core, data } = await setUp()
      const found = await discover(core, file)
      expect(found.format).toBe(format)
      expect(summary(found)).toMatchObject(expected)
      await expectNoSecrets(data, found)
    }
  )

  it('keeps services outside the catalog by domain, and a bare IP not at all', async () => {
    const { core } = await setUp()
    const found = await discover(core, 'bitwarden.json')
    const forum = found.candidates.find((c) => c.service === 'example.org')
    expect(forum).toMatchObject({
      name: 'example.org',
      catalogId: null,
      usesOldNumber: true,
      usages: ['login']
    })
    expect(found.candidates.some((c) => c.key.includes('192.168'))).toBe(false)
    // The likeliest first: logins with the old number.
    expect(found.candidates[0]?.usesOldNumber).toBe(true)
  })

  it('adds only what the user ticks, in one write, and joins what the number already has', async () => {
    const { core, data, caseId } = await setUp()
    await must(core, 'addFromCatalog', { caseId, catalogIds: ['vk'] })
    const found = await discover(core, 'bitwarden.json')
    const plan = planImport(found, { caseId, sims: {} })
    const vk = plan.candidates.filter((c) => c.catalogId === 'vk')
    expect(vk.map((c) => [c.evidence.logins, c.trackedHere?.caseId])).toEqual([[1, caseId]])
    expect(plan.candidates.filter(isLikely).some((c) => c.catalogId === 'vk')).toBe(false)
    // In process the list is live: keep its length, not the array.
    const before = (await must(core, 'listAccounts', {})).length
    const picks = found.candidates.filter((c) => c.usesOldNumber).slice(0, 3)
    const added = await must(core, 'addDiscovered', {
      caseId,
      picks: picks.map(({ name, catalogId, category, usages }) => ({
        name,
        catalogId,
        category,
        usages
      }))
    })
    expect(added).toHaveLength(3)
    expect(await must(core, 'listAccounts', {})).toHaveLength(before + 3)
    const sber = added.find((a) => a.catalogId === 'sber')
    expect(sber).toMatchObject({ name: 'Sber (Sberbank)', playbook: 'bank', category: 'bank' })
    await expectNoSecrets(data, found, added)
  })

  it.each([
    ['wrong-format.csv', /not an export Unlinker knows/],
    ['empty.csv', /empty/],
    ['bitwarden-encrypted.json', /encrypted/]
  ])('refuses %s with a clear message and imports nothing', async (file, message) => {
    const { core, data } = await setUp()
    const before = await readFile(join(data, 'unlinker.json'), 'utf8')
    const result = await core.call('discoverAccounts', { source: { path: join(FIXTURES, file) } })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'badFile', message: expect.stringMatching(message) }
    })
    expect(await readFile(join(data, 'unlinker.json'), 'utf8')).toBe(before)
    await expectNoSecrets(data, result)
  })

  it('reads the rows before a broken one and counts the broken one as unreadable', async () => {
    const { core, data } = await setUp()
    const found = await discover(core, 'broken-quoting.csv')
    // The unclosed quote runs to the end of the file: that is one row nobody can read.
    expect(found.candidates.map((c) => c.catalogId)).toEqual(['vk'])
    expect(found.counts).toEqual({
      items: 2,
      logins: 1,
      skipped: { notes: 0, cards: 0, identities: 0, other: 0, unreadable: 1 }
    })
    await expectNoSecrets(data, found)
  })

  it('refuses a 200 MB file before reading it', async () => {
    const { core } = await setUp()
    const big = join(await tempDir(), 'huge.csv')
    await writeFile(big, Buffer.alloc(200 * 1024 * 1024, 0x61))
    const result = await core.call('discoverAccounts', { source: { path: big } })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'badFile', message: expect.stringContaining('50 MB') }
    })
  })

  it('treats formulas as plain text, and reads a BOM with Cyrillic and Chinese names', async () => {
    const { core, data } = await setUp()
    const formula = await discover(core, 'formula.csv')
    expect(formula.candidates.find((c) => c.catalogId === 'ozon')?.evidence.items).toEqual([
      '=HYPERLINK("http://evil.example","click")'
    ])
    const bom = await discover(core, 'bom-cyrillic-chinese.csv')
    expect(bom.format).toBe('chrome-csv')
    expect(summary(bom)).toMatchObject({ sber: true, taobao: false })
    expect(bom.candidates.find((c) => c.catalogId === 'sber')?.evidence.items).toEqual([
      'Сбербанк Онлайн'
    ])
    await expectNoSecrets(data, formula, bom)
  })

  it('deletes an uploaded export from the data folder as soon as it is read', async () => {
    const { core, data } = await setUp()
    const { Readable } = await import('node:stream')
    const staged = await core.stageUpload(
      Readable.from([await readFile(join(FIXTURES, 'chrome.csv'))])
    )
    if (!staged.ok) throw new Error(staged.error.message)
    await must(core, 'discoverAccounts', { source: { upload: staged.data.upload } })
    expect(await readdir(join(data, 'incoming'))).toEqual([])
  })
})

describe('people from a vCard file', () => {
  it('reads names and one way to reach each, in vCard 2.1, 3 and 4', async () => {
    const { core } = await setUp()
    const people = await must(core, 'discoverContacts', {
      source: { path: join(FIXTURES, 'contacts.vcf') }
    })
    expect(people).toEqual([
      { name: 'Мама', contact: '+7 912 000-11-22' },
      { name: '王小明', contact: 'xm@example.cn' },
      { name: 'Анна Иванова', contact: '+79031234567' },
      { name: 'Dr. Ivanova, clinic', contact: '+7 495 000-00-00' }
    ])
    const added = await must(core, 'addPeople', { people: people.slice(0, 2) })
    expect(added.map((p) => p.status)).toEqual(['toNotify', 'toNotify'])
  })

  it('refuses a file that is not a vCard', async () => {
    const { core } = await setUp()
    const result = await core.call('discoverContacts', {
      source: { path: join(FIXTURES, 'chrome.csv') }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'badFile' } })
  })
})
