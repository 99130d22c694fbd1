import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appCatalog } from '../../../src/core/catalog/catalog'
import { matchCandidates } from '../../../src/core/discover/match-candidates'
import { exportInput, parsePasswordExport } from '../../../src/core/discover/parse-export'
import { claimants, readerFor } from '../../../src/core/discover/readers/registry'
import type { Discovery, SkippedCounts } from '../../../src/shared/domain/discovery'
import { must, openCore } from '../../support/open-core'
import { PASSWORD_EXPORTS, everyExport } from '../../support/password-export-zips'
import { tempDir } from '../../support/temp-dir'

const CASE = { id: 'case-1', number: '+79123456789', country: 'RU' }

/** Everything planted in the fixtures that is not a name, address or login name. */
const SECRETS =
  /PLANTED|otpauth|secret=|4111111111111111|5555555555554444|2202200000000000|IVAN PETROV|CIPHERTEXT/

async function discover(file: string): Promise<Discovery> {
  const bytes = new Map(await everyExport()).get(file)
  if (!bytes) throw new Error(`No fixture ${file}`)
  return matchCandidates(appCatalog(), await parsePasswordExport(bytes), [CASE], [])
}

const skipped = (s: Partial<SkippedCounts>): SkippedCounts => ({
  notes: 0,
  cards: 0,
  identities: 0,
  other: 0,
  unreadable: 0,
  ...s
})

/** Services found, by catalog id (else key), each with whether it uses the old number. */
const services = (d: Discovery): Record<string, boolean> =>
  Object.fromEntries(d.candidates.map((c) => [c.catalogId ?? c.key, c.usesOldNumber]))

// file, format, [items, logins, skipped], services with "uses the old number"
const CASES: Array<[string, string, [number, number, Partial<SkippedCounts>], object]> = [
  ['chrome.csv', 'chrome-csv', [5, 5, {}], { sber: true, ozon: true, vk: true, google: false }],
  ['edge.csv', 'chrome-csv', [2, 2, {}], { avito: true }],
  [
    'firefox.csv',
    'firefox-csv',
    [4, 3, { unreadable: 1 }],
    { vk: true, gosuslugi: true, google: false }
  ],
  ['safari.csv', 'apple-csv', [2, 2, {}], { 'yandex-id': true, paypal: false }],
  ['apple-passwords.csv', 'apple-csv', [2, 2, {}], { wildberries: true, github: false }],
  ['safari-older.csv', 'apple-csv', [2, 2, {}], { mts: true, tutu: false }],
  [
    'bitwarden.json',
    'bitwarden-json',
    [6, 3, { notes: 1, cards: 1, identities: 1 }],
    { sber: true, vk: false, gosuslugi: true }
  ],
  ['bitwarden-org.json', 'bitwarden-json', [2, 1, { notes: 1 }], { ozon: true }],
  [
    'bitwarden-without-flag.json',
    'bitwarden-json',
    [6, 2, { notes: 1, cards: 1, identities: 1, other: 1 }],
    { mts: true, 'hh-ru': false }
  ],
  [
    'bitwarden.csv',
    'bitwarden-csv',
    [4, 3, { notes: 1 }],
    { sber: true, 'yandex-id': true, avito: false }
  ],
  ['bitwarden-org.csv', 'bitwarden-csv', [3, 2, { notes: 1 }], { ozon: true, 't-bank': false }],
  ['keepassxc.csv', 'keepassxc-csv', [3, 2, { notes: 1 }], { 't-bank': true, telegram: true }],
  ['keepassx.csv', 'keepassxc-csv', [2, 2, {}], { sber: true, avito: false }],
  [
    '1password.1pux',
    '1password-1pux',
    [8, 4, { notes: 1, cards: 1, identities: 1, other: 1 }],
    { sber: true, gosuslugi: true, amazon: false, avito: true }
  ],
  ['1password8.csv', '1password-csv', [3, 2, { notes: 1 }], { alipay: true, amazon: false }],
  [
    '1password7-windows.csv',
    '1password7-windows-csv',
    [5, 2, { notes: 1, cards: 1, identities: 1 }],
    { vtb: true, wildberries: false }
  ],
  [
    '1password7-windows-fields.csv',
    '1password7-windows-csv',
    [4, 2, { notes: 1, identities: 1 }],
    { ozon: true, vk: false }
  ],
  [
    '1password7-mac.csv',
    '1password7-mac-csv',
    [4, 2, { cards: 1, identities: 1 }],
    { avito: true, paypal: false }
  ],
  [
    '1password7-mac-all-fields.csv',
    '1password7-mac-csv',
    [5, 2, { notes: 1, cards: 1, identities: 1 }],
    { ozon: true, steam: false }
  ],
  [
    'lastpass.csv',
    'lastpass-csv',
    [7, 3, { notes: 1, cards: 1, identities: 1, other: 1 }],
    { sber: true, vk: true, linkedin: false }
  ],
  ['dashlane-credentials.csv', 'dashlane-csv', [2, 2, {}], { ozon: true, booking: false }],
  [
    'dashlane.zip',
    'dashlane-zip',
    [6, 2, { notes: 1, cards: 1, identities: 2 }],
    { ozon: true, booking: false }
  ],
  [
    'nordpass-older.csv',
    'nordpass-csv',
    [7, 2, { notes: 1, cards: 1, identities: 1, other: 2 }],
    { sber: true, 'mail-ru': false }
  ],
  [
    'nordpass.csv',
    'nordpass-csv',
    [6, 2, { notes: 1, cards: 1, identities: 1, other: 1 }],
    { sber: true, avito: false }
  ],
  [
    'protonpass.csv',
    'protonpass-csv',
    [5, 2, { notes: 1, cards: 1, other: 1 }],
    { telegram: true }
  ],
  [
    'protonpass-data.json',
    'protonpass-json',
    [6, 2, { notes: 1, cards: 1, identities: 1, other: 1 }],
    { telegram: true, avito: false }
  ],
  [
    'protonpass.zip',
    'protonpass-zip',
    [6, 2, { notes: 1, cards: 1, identities: 1, other: 1 }],
    { telegram: true, avito: false }
  ],
  [
    'enpass.json',
    'enpass-json',
    [6, 2, { notes: 1, cards: 1, identities: 1, other: 1 }],
    { 'alfa-bank': true, x: false }
  ],
  [
    'keeper.json',
    'keeper-json',
    [6, 3, { notes: 1, cards: 1, identities: 1 }],
    { 'yandex-id': true, steam: false, vk: true }
  ],
  [
    'safeincloud.xml',
    'safeincloud-xml',
    [5, 2, { notes: 1, cards: 1, other: 1 }],
    { sber: true, ozon: true }
  ],
  // No known format: read as a generic CSV, by its headers in English, Russian or Chinese.
  ['other-tool.csv', 'generic-csv', [3, 2, { other: 1 }], { vk: true, booking: false }],
  ['generic-ru.csv', 'generic-csv', [2, 2, {}], { sber: true, kinopoisk: false }],
  ['generic-zh.csv', 'generic-csv', [2, 2, {}], { taobao: true, weibo: false }]
]

describe('reading every password manager export as its real files are shaped', () => {
  it('claims every export with exactly one reader, and every fixture is in the table', async () => {
    const files = await everyExport()
    const formats = new Map(CASES.map(([file, format]) => [file, format]))
    for (const [name, bytes] of files) {
      const { input, close } = await exportInput(bytes)
      const format = formats.get(name)
      // A known format has exactly one reader; the generic reader only takes what none claims.
      const claimed = claimants(input).map((r) => r.id)
      if (format === 'generic-csv') expect(claimed, name).toEqual([])
      else expect(claimed, name).toHaveLength(1)
      if (format) expect(readerFor(input)?.id, name).toBe(format)
      close()
    }
    const tested = new Set(CASES.map(([file]) => file))
    const refused = ['bitwarden-encrypted.json', 'bitwarden-password-protected.json']
    expect(
      files.map(([name]) => name).filter((n) => !tested.has(n) && !refused.includes(n))
    ).toEqual([])
  })

  it.each(CASES)(
    'reads %s as %s, counts what it skips and flags the old number',
    async (file, format, [items, logins, skips], expected) => {
      const found = await discover(file)
      expect(found.format).toBe(format)
      expect(found.counts).toEqual({ items, logins, skipped: skipped(skips) })
      expect(services(found)).toMatchObject(expected)
      expect(JSON.stringify(found)).not.toMatch(SECRETS)
    }
  )

  it('names Android app logins by their service, or by the package when it is unknown', async () => {
    const chrome = await discover('chrome.csv')
    expect(chrome.candidates.find((c) => c.catalogId === 'vk')?.domains).toEqual([])
    expect(
      chrome.candidates.find((c) => c.key === 'android:com.example.fishingclub')
    ).toMatchObject({
      name: 'Android app com.example.fishingclub',
      names: { ru: 'Приложение Android com.example.fishingclub' },
      catalogId: null,
      usesOldNumber: false
    })
    // No invented web domain for an app: the package is not a host name.
    expect(chrome.candidates.flatMap((c) => c.domains).join(' ')).not.toMatch(/android|fishingclub/)
    // Bitwarden keeps the app beside the web address: one service, the bank.
    const bitwarden = await discover('bitwarden.json')
    expect(bitwarden.candidates.filter((c) => c.catalogId === 'sber')).toHaveLength(1)
    expect(bitwarden.candidates.some((c) => c.key.startsWith('android:'))).toBe(false)
  })

  it('splits Bitwarden multi-address cells and leaves notes out of the services', async () => {
    const found = await discover('bitwarden.csv')
    expect(found.candidates.map((c) => c.name)).not.toContain('Wi-Fi')
    // Both addresses of the Yandex login are read, neither as one unknown "domain".
    expect(found.candidates.find((c) => c.catalogId === 'yandex-id')?.evidence.logins).toBe(1)
    expect(found.candidates.some((c) => c.domains.some((d) => d.includes(',')))).toBe(false)
    // The reader splits each cell: two web addresses, or a web address and an app.
    const bytes = await readFile(join(PASSWORD_EXPORTS, 'bitwarden.csv'))
    const logins = (await parsePasswordExport(bytes)).logins
    expect(logins.find((l) => l.name === 'Яндекс')).toMatchObject({
      urls: ['https://passport.yandex.ru', 'https://mail.yandex.ru'],
      apps: []
    })
    expect(logins.find((l) => l.name === 'Сбербанк Онлайн')).toMatchObject({
      urls: ['https://online.sberbank.ru/CSAFront/index.do'],
      apps: ['ru.sberbankmobile']
    })
  })

  it('reports progress up to the whole file', async () => {
    const calls: Array<[number, number]> = []
    const bytes = await readFile(join(__dirname, '../../fixtures/password-exports/lastpass.csv'))
    await parsePasswordExport(bytes, (done, total) => calls.push([done, total]))
    expect(calls.at(-1)).toEqual([7, 7])
  })

  // Each file goes through the app's worker thread, started per file: slow on a busy machine.
  it(
    'keeps every planted secret out of the answers and the data folder, through the app',
    { timeout: 240_000 },
    async () => {
      const dir = await tempDir()
      const data = join(dir, 'data')
      const core = await openCore(data, undefined, { mode: 'electron' })
      const c = await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
      const answers: unknown[] = []
      for (const [name, bytes] of await everyExport()) {
        if (name.startsWith('bitwarden-') && name.includes('encrypted')) continue
        if (name.includes('password-protected')) continue
        const path = join(dir, name)
        await writeFile(path, bytes)
        const found = await must(core, 'discoverAccounts', { source: { path } })
        answers.push(found)
        if (found.candidates.length === 0) continue
        const picks = found.candidates.map(({ name, catalogId, category, usages }) => ({
          name,
          catalogId,
          category,
          usages
        }))
        answers.push(await must(core, 'addDiscovered', { caseId: c.id, picks }))
      }
      const texts = [JSON.stringify(answers)]
      for (const name of await readdir(data, { recursive: true }))
        texts.push(await readFile(join(data, name), 'utf8').catch(() => ''))
      for (const text of texts) expect(text).not.toMatch(SECRETS)
    }
  )
})
