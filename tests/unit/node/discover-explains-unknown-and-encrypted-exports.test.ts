import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePasswordExport } from '../../../src/core/discover/parse-export'
import { openZipExport } from '../../../src/core/discover/readers/zip-export'
import { PASSWORD_EXPORTS, onePux, zipOf } from '../../support/password-export-zips'

const fixture = (name: string): Promise<Buffer> => readFile(join(PASSWORD_EXPORTS, name))

async function refusal(bytes: Buffer): Promise<string> {
  const error = await parsePasswordExport(bytes).then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toMatchObject({ code: 'badFile' })
  return (error as Error).message
}

describe('a file we cannot read says what we read and how to export it', () => {
  it.each([
    ['a CSV of something else', Buffer.from('id;title;amount\n1;Coffee;3\n')],
    ['JSON with an items list that no manager writes', Buffer.from('{"items":[{"name":"x"}]}')],
    ['XML of something else', Buffer.from('<?xml version="1.0"?><feed><entry/></feed>')],
    ['a ZIP of something else', Buffer.alloc(0)],
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])]
  ])('names the formats and three managers’ export steps for %s', async (what, given) => {
    const bytes = what.includes('ZIP') ? await zipOf({ 'photos/cat.jpg': 'x' }) : given
    const message = await refusal(bytes)
    for (const manager of ['Bitwarden', '1Password', 'LastPass', 'KeePassXC', 'SafeInCloud'])
      expect(message).toContain(manager)
    expect(message).toMatch(
      /From Chrome or Edge: .*From Apple Passwords or Safari: .*From 1Password 8: /
    )
  })

  it.each([
    ['bitwarden-encrypted.json', /Bitwarden export is encrypted.*not "JSON \(Encrypted\)"/],
    ['bitwarden-password-protected.json', /Bitwarden export is encrypted/]
  ])('says how to export %s unencrypted', async (file, message) => {
    expect(await refusal(await fixture(file))).toMatch(message)
  })

  it('says how to export a KeePass database or a PGP-encrypted Proton Pass file', async () => {
    const kdbx = Buffer.from([0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5, 0, 0, 4, 0])
    expect(await refusal(kdbx)).toMatch(/KeePassXC choose Database → Export → CSV File/)
    const pgp = Buffer.from(
      '-----BEGIN PGP MESSAGE-----\n\nwcFMA0PLANTED\n-----END PGP MESSAGE-----\n'
    )
    expect(await refusal(pgp)).toMatch(/Proton Pass open Settings → Export, turn encryption off/)
  })
})

describe('reading XML and ZIP exports safely', () => {
  it('refuses an XML file that declares entities, and never expands one', async () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE database [<!ENTITY a "PLANTED-EXPANDED"><!ENTITY b "&a;&a;&a;&a;">]>\n' +
      '<database><card title="&b;"><field type="login">x</field></card></database>'
    expect(await refusal(Buffer.from(laughs))).toMatch(/document type/)
    const external =
      '<?xml version="1.0"?>\n<!DOCTYPE database SYSTEM "file:///etc/passwd">\n<database/>'
    expect(await refusal(Buffer.from(external))).toMatch(/document type/)
    // An undeclared entity stays as written: nothing is looked up.
    const undeclared = (await fixture('safeincloud.xml'))
      .toString()
      .replace('title="Visa"', 'title="&xxe; Visa"')
      .replace('title="Сбербанк"', 'title="&xxe;"')
    const parsed = await parsePasswordExport(Buffer.from(undeclared))
    expect(parsed.logins[0]?.name).toBe('&xxe;')
  })

  it('reads only the entries it needs, and refuses one larger than the limit', async () => {
    const zip = await onePux()
    const opened = await openZipExport(zip, { maxEntries: 10, maxTotalBytes: 100 })
    expect(opened.input.names).toContain('files/qwe123asd456zxc789__receipt.pdf')
    if (opened.input.kind !== 'zip') throw new Error('not a zip')
    await expect(opened.input.text('export.data')).rejects.toMatchObject({
      message: expect.stringMatching(/unpacks to more than .*far more than any password export/)
    })
    opened.close()
    await expect(openZipExport(zip, { maxEntries: 2, maxTotalBytes: 1e6 })).rejects.toMatchObject({
      message: expect.stringMatching(/far more entries/)
    })
  })

  it('says a damaged ZIP is damaged', async () => {
    const zip = await onePux()
    const cut = zip.subarray(0, zip.length - 30)
    expect(await refusal(cut)).toMatch(/damaged/)
  })
})
