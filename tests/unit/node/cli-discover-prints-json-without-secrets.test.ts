import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeCore, must, openCore } from '../../support/open-core'
import { unlinker } from '../../support/run-cli'
import { tempDir } from '../../support/temp-dir'

const EXPORT = join(__dirname, '../../fixtures/exports/bitwarden-leaving-russia.json')
const PLANTED = /PLANTED|otpauth/
/** Every login name saved in the export: none may be printed. */
const LOGINS = [
  '+7 (912) 345-67-89',
  '+79123456789',
  '89123456789',
  '9123456789',
  '+7 903 111-22-33',
  'ivan.petrov.1987@yandex.ru',
  'ivan.petrov@gmail.com',
  'i.petrov@mail.ru',
  'rybak_ivan'
]

interface Service {
  name: string
  names: { en: string; ru?: string }
  catalogId: string | null
  domains: string[]
  roles: string[]
  usages: string[]
  smsOrCall: boolean
  usesOldNumber: boolean
  logins: number
}

/** The JSON printed, without the fields that name the folder's own numbers. */
function withoutNumbers(json: string): string {
  return JSON.stringify(JSON.parse(json), (key, value: unknown) =>
    key === 'numbers' || key === 'number' ? undefined : value
  )
}

async function folderWithCase(): Promise<string> {
  const data = join(await tempDir(), 'data')
  const core = await openCore(data)
  await must(core, 'createCase', { number: '+7 912 345-67-89', carrier: 'mts' })
  await closeCore(core)
  return data
}

// Several discoveries per test, each in its own worker: slow on a busy machine.
describe('unlinker discover --json', { timeout: 120_000 }, () => {
  it('prints services with names, domains, catalog ids, roles, SMS facts and counts', async () => {
    const data = await folderWithCase()
    const { code, out, err } = await unlinker('discover', EXPORT, '--data', data, '--json')
    expect(err).toBe('')
    expect(code).toBe(0)
    const found = JSON.parse(out) as {
      format: string
      services: Service[]
      trackedOnOldNumber: unknown[]
      counts: Record<string, number>
      applied: unknown
    }
    expect(found.format).toBe('bitwarden-json')
    expect(found.applied).toBeNull()
    expect(found.trackedOnOldNumber).toEqual([])
    const byId = (id: string): Service | undefined => found.services.find((s) => s.catalogId === id)
    expect(byId('t-bank')).toMatchObject({
      name: 'T-Bank (Tinkoff)',
      names: { en: 'T-Bank (Tinkoff)', ru: expect.any(String) },
      domains: expect.arrayContaining(['tinkoff.ru', 'tbank.ru']),
      roles: expect.arrayContaining(['login', 'sms2fa']),
      smsOrCall: true,
      usesOldNumber: true,
      logins: 2
    })
    // Google, Gmail and (since YouTube joined the Google entry) more logins are one service.
    expect(byId('google')).toMatchObject({ smsOrCall: true, usesOldNumber: false })
    expect(byId('google')?.logins).toBeGreaterThanOrEqual(2)
    expect(byId('wechat')?.domains).toEqual(['wx.qq.com'])
    expect(byId('microsoft')?.domains).toEqual(expect.arrayContaining(['live.com']))
    expect(found.services.find((s) => s.domains.includes('gitlab.com'))?.smsOrCall).toBe(false)
    for (const s of found.services)
      expect(Object.keys(s).sort()).toEqual(
        [
          'catalogId',
          'category',
          'domains',
          'logins',
          'name',
          'names',
          'numbers',
          'roles',
          'smsOrCall',
          'usages',
          'usesOldNumber'
        ].sort()
      )
    expect(found.counts).toMatchObject({
      services: found.services.length,
      matched: found.services.filter((s) => s.catalogId).length,
      smsOrCall: found.services.filter((s) => s.smsOrCall).length,
      usesOldNumber: found.services.filter((s) => s.usesOldNumber).length,
      alreadyTracked: 0,
      trackedOnOldNumber: 0,
      skipped: 0
    })
    const logins = found.services.reduce((n, s) => n + s.logins, 0)
    expect(logins).toBe(104)
  })

  it('never prints a login, password, TOTP secret or note, nor stores one on --apply', async () => {
    const data = await folderWithCase()
    for (const args of [['--json'], [], ['--json', '--apply']]) {
      const { code, out } = await unlinker('discover', EXPORT, '--data', data, ...args)
      expect(code).toBe(0)
      expect(out).not.toMatch(PLANTED)
      // The folder's own number (as the user entered it, in E.164) names which number a
      // login showed; nothing else is printed as the export wrote it.
      const shown = args.includes('--json') ? withoutNumbers(out) : out
      for (const login of LOGINS) expect(shown).not.toContain(login)
    }
    const stored = [await readFile(join(data, 'unlinker.json'), 'utf8')]
    for (const name of await readdir(join(data, 'snapshots')).catch(() => []))
      stored.push(await readFile(join(data, 'snapshots', name), 'utf8'))
    for (const text of stored) expect(text).not.toMatch(PLANTED)
  })

  it('marks the services that can send codes by SMS in the human output', async () => {
    const data = await folderWithCase()
    const { code, out } = await unlinker('discover', EXPORT, '--data', data)
    expect(code).toBe(0)
    expect(out).toMatch(/^ {2}! Sber \(Sberbank\) +catalog SMS {2}2 login\(s\)$/m)
    expect(out).toMatch(/^ {4}GitLab +catalog {6}1 login\(s\)$/m)
    expect(out).toContain('SMS = can send codes by SMS or a call')
  })
})
