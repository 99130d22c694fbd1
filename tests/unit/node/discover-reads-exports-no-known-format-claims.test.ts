import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportInput, parsePasswordExport } from '../../../src/core/discover/parse-export'
import { claimants, readerFor } from '../../../src/core/discover/readers/registry'
import type { Discovery } from '../../../src/shared/domain/discovery'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker } from '../../support/run-cli'
import { PASSWORD_EXPORTS } from '../../support/password-export-zips'
import { tempDir } from '../../support/temp-dir'

async function folderWithCase(): Promise<string> {
  const data = join(await tempDir(), 'data')
  const core = await openCore(data, undefined, { mode: 'electron' })
  await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
  await closeCore(core)
  return data
}

/** Reads a file through the app's worker, as the discovery dialog does. */
async function discover(path: string): Promise<Discovery> {
  const data = join(await tempDir(), 'data')
  const core = await openCore(data, undefined, { mode: 'electron' })
  await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
  return must(core, 'discoverAccounts', { source: { path } })
}

describe('exports other tools write, and CSVs no known format claims', () => {
  it('reads a CSV no format claims through the app, and names the columns it used', async () => {
    const found = await discover(join(PASSWORD_EXPORTS, 'other-tool.csv'))
    expect(found.format).toBe('generic-csv')
    expect(found.columns).toEqual({ url: 'URL', name: 'Title', login: 'Username' })
    // Chrome's file has a name, a url and a username column, which the generic reader
    // would take too: its own reader claims it, so no columns are reported.
    const chrome = await discover(join(PASSWORD_EXPORTS, 'chrome.csv'))
    expect(chrome.format).toBe('chrome-csv')
    expect(chrome.columns).toBeUndefined()
  })

  it.each([
    ['generic-ru.csv', { url: 'Сайт', name: 'Название', login: 'Логин' }],
    ['generic-zh.csv', { url: '网址', name: '名称', login: '用户名' }]
  ])('finds the columns of %s by their headers', async (file, columns) => {
    const parsed = await parsePasswordExport(await readFile(join(PASSWORD_EXPORTS, file)))
    expect(parsed.format).toBe('generic-csv')
    expect(parsed.columns).toEqual(columns)
  })

  it('finds the columns under other headers and in any order, the login before the name', async () => {
    const mixed = await parsePasswordExport(
      Buffer.from(
        'Notes,E-mail,Web Site,Item name,Password\n,ivan@example.com,https://www.ozon.ru/,Ozon,PLANTED\n'
      )
    )
    expect(mixed.columns).toEqual({ url: 'Web Site', name: 'Item name', login: 'E-mail' })
    expect(mixed.logins).toEqual([
      {
        name: 'Ozon',
        urls: ['https://www.ozon.ru/'],
        apps: [],
        login: 'ivan@example.com',
        phones: []
      }
    ])
    // "Имя пользователя" is the login, not the name; a file without a name column still reads.
    const ru = await parsePasswordExport(
      Buffer.from('Адрес сайта,Имя пользователя\nhttps://vk.com/,79123456789\n')
    )
    expect(ru.columns).toEqual({ url: 'Адрес сайта', name: null, login: 'Имя пользователя' })
    expect(ru.logins[0]).toMatchObject({ urls: ['https://vk.com/'], login: '79123456789' })
  })

  it.each([
    ['an address book', 'Name,Address,Phone\nIvan,"Moscow, Tverskaya 1",+79123456789\n'],
    ['a list without names or logins', 'URL,Password\nhttps://vk.com,PLANTED\n'],
    ['a spreadsheet', 'id;title;amount\n1;Coffee;3\n']
  ])('refuses %s as no export Unlinker knows', async (_, text) => {
    await expect(parsePasswordExport(Buffer.from(text))).rejects.toThrow(
      /not an export Unlinker knows/
    )
  })

  it('reads Bitwarden’s shape without the encrypted flag only when every item has a numeric type', async () => {
    const shaped = (items: unknown[]): Buffer => Buffer.from(JSON.stringify({ folders: [], items }))
    const bitwarden = {
      type: 1,
      name: 'VK',
      login: { username: 'u', uris: [{ uri: 'https://vk.com' }] }
    }
    const claim = async (bytes: Buffer): Promise<string[]> =>
      claimants((await exportInput(bytes)).input).map((r) => r.id)
    expect(await claim(shaped([bitwarden]))).toEqual(['bitwarden-json'])
    // Enpass's items carry a category and fields, and a string where Bitwarden has a number.
    expect(await claim(shaped([{ ...bitwarden, type: 'login' }]))).toEqual([])
    expect(await claim(shaped([bitwarden, { name: 'no type' }]))).toEqual([])
    expect(await claim(shaped([]))).toEqual([])
    expect(await claim(Buffer.from(JSON.stringify({ items: [bitwarden] })))).toEqual([])
  })

  it('reads 1Password 7 for Mac’s backslash-escaped quotes without losing a row', async () => {
    const bytes = await readFile(join(PASSWORD_EXPORTS, '1password7-mac-all-fields.csv'))
    const { input } = await exportInput(bytes)
    expect(input.kind === 'csv' && input.headers.length).toBeGreaterThan(130)
    expect(input.kind === 'csv' && input.unreadable).toBe(0)
    expect(readerFor(input)?.id).toBe('1password7-mac-csv')
    // A file that doubles its quotes as CSV does is still read the usual way.
    const doubled = await exportInput(
      Buffer.from('name,url,username,password\n"Say ""hi""",https://vk.com,u,p\n')
    )
    expect(doubled.input.kind === 'csv' && doubled.input.rows[0]?.[0]).toBe('Say "hi"')
  })

  it(
    'prints each kind’s services with `unlinker discover --json`, and the columns of a generic CSV',
    { timeout: 120_000 },
    async () => {
      const data = await folderWithCase()
      const run = async (file: string): Promise<Record<string, unknown>> => {
        const { code, out, err } = await unlinker(
          'discover',
          join(PASSWORD_EXPORTS, file),
          '--data',
          data,
          '--json'
        )
        if (code !== 0) throw new Error(`${file}: ${err}`)
        return JSON.parse(out) as Record<string, unknown>
      }
      const files = [
        'bitwarden-without-flag.json',
        'safari-older.csv',
        '1password7-mac-all-fields.csv',
        'other-tool.csv'
      ]
      // One at a time: one command at a time may hold a data folder.
      const answers: Array<Record<string, unknown>> = []
      for (const file of files) answers.push(await run(file))
      const [bitwarden, safari, onePassword, other] = answers
      const services = (out: Record<string, unknown> | undefined): Record<string, boolean> =>
        Object.fromEntries(
          (out?.services as Array<{ catalogId: string; usesOldNumber: boolean }>).map((s) => [
            s.catalogId,
            s.usesOldNumber
          ])
        )
      expect(bitwarden).toMatchObject({ format: 'bitwarden-json' })
      expect(services(bitwarden)).toEqual({ mts: true, 'hh-ru': false })
      expect(safari).toMatchObject({ format: 'apple-csv' })
      expect(services(safari)).toEqual({ mts: true, tutu: false })
      expect(onePassword).toMatchObject({
        format: '1password7-mac-csv',
        read: { items: 5, logins: 2, skipped: { unreadable: 0 } }
      })
      expect(services(onePassword)).toEqual({ ozon: true, steam: false })
      expect(other).toMatchObject({
        format: 'generic-csv',
        columns: { url: 'URL', name: 'Title', login: 'Username' }
      })
      expect(services(other)).toEqual({ vk: true, booking: false })
      for (const out of [bitwarden, safari, onePassword]) expect(out).not.toHaveProperty('columns')
      expect(JSON.stringify([bitwarden, safari, onePassword, other])).not.toMatch(/PLANTED|otpauth/)
    }
  )
})
