import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import zhCN from '../../../locales/zh-CN.json'
import { managerNames } from '../../../src/core/discover/readers/registry'
import { localiseError } from '../../../src/renderer/src/api/error-text'
import { setLocale } from '../../../src/renderer/src/i18n'
import type { AppError } from '../../../src/shared/result'
import { must, openCore } from '../../support/open-core'
import { PASSWORD_EXPORTS } from '../../support/password-export-zips'
import { tempDir } from '../../support/temp-dir'

const LANGUAGES = [
  ['en', en],
  ['ru', ru],
  ['zh-CN', zhCN]
] as const

/** What the core answers for a file it refuses, read through its worker as the app reads it. */
async function refusalOf(name: string, bytes: Buffer): Promise<AppError> {
  const dir = await tempDir()
  const core = await openCore(join(dir, 'data'), undefined, { mode: 'electron' })
  await must(core, 'createCase', { number: '+79123456789' })
  const path = join(dir, name)
  await writeFile(path, bytes)
  const answer = await core.call('discoverAccounts', { source: { path } })
  if (answer.ok) throw new Error(`${name} was read`)
  return answer.error
}

const fill = (text: string, values: Record<string, string> = {}): string =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`)

describe('a refused password export is said in the app language, with what to do', () => {
  it('names the formats read and three managers’ export steps in English, Russian and Chinese', async () => {
    const error = await refusalOf('notes.csv', Buffer.from('id;title;amount\n1;Coffee;3\n'))
    expect(error).toMatchObject({ code: 'badFile', reason: { key: 'unknownExport' } })
    for (const [locale, messages] of LANGUAGES) {
      await setLocale(locale)
      const shown = localiseError(error)
      expect(shown.message).toBe(
        fill(messages.refusals.unknownExport, { managers: managerNames() })
      )
      for (const name of ['Bitwarden', 'KeePassXC', 'SafeInCloud', 'Chrome', '1PUX'])
        expect(shown.message, locale).toContain(name)
    }
  })

  it.each([
    ['bitwarden-encrypted.json', 'bitwardenEncrypted'],
    ['bitwarden-password-protected.json', 'bitwardenEncrypted']
  ] as const)('says how to export %s unencrypted, in each language', async (file, key) => {
    const error = await refusalOf(file, await readFile(join(PASSWORD_EXPORTS, file)))
    expect(error.reason?.key).toBe(key)
    for (const [locale, messages] of LANGUAGES) {
      await setLocale(locale)
      expect(localiseError(error).message).toBe(messages.refusals[key])
    }
  })

  it('says how to export a KeePass database and a PGP-encrypted Proton Pass file', async () => {
    const kdbx = Buffer.from([0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5, 0, 0, 4, 0])
    const pgp = Buffer.from(
      '-----BEGIN PGP MESSAGE-----\n\nwcFMA0PLANTED\n-----END PGP MESSAGE-----\n'
    )
    const keepass = await refusalOf('vault.kdbx', kdbx)
    const proton = await refusalOf('proton.pgp', pgp)
    await setLocale('ru')
    expect(localiseError(keepass).message).toBe(ru.refusals.keepassDatabase)
    expect(localiseError(proton).message).toBe(ru.refusals.protonPassEncrypted)
    // The core's own English sentence stays with it as a detail, for the command line.
    expect(localiseError(keepass).detail).toMatch(/^This is a KeePass database/)
  })

  it('says how to export a Dashlane secure archive as CSV', async () => {
    // A vault sealed as one base64 line after "Data BEGIN": random bytes stand for it.
    const sealed = Buffer.from(Array.from({ length: 96 }, (_, i) => (i * 37 + 11) % 256))
    const dash = Buffer.from(`Data BEGIN\r\n${sealed.toString('base64')}\r\n`)
    const error = await refusalOf('vault.dash', dash)
    expect(error.reason?.key).toBe('dashlaneEncrypted')
    for (const [locale, messages] of LANGUAGES) {
      await setLocale(locale)
      expect(localiseError(error).message).toBe(messages.refusals.dashlaneEncrypted)
    }
  })
})
