import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ZipFile } from 'yazl'

export const PASSWORD_EXPORTS = join(__dirname, '../fixtures/password-exports')

/** Zips entries (name → bytes) the way the password managers' exports are laid out. */
export function zipOf(entries: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new ZipFile()
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) zip.addEmptyDirectory(name)
    else zip.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name)
  }
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c))
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
    zip.outputStream.on('error', reject)
  })
}

/** Every file of a fixture folder, under a prefix inside the ZIP. */
async function folderEntries(folder: string, prefix = ''): Promise<Record<string, Buffer>> {
  const entries: Record<string, Buffer> = {}
  for (const name of await readdir(join(PASSWORD_EXPORTS, folder)))
    entries[prefix + name] = await readFile(join(PASSWORD_EXPORTS, folder, name))
  return entries
}

/**
 * 1Password 8's .1pux: export.attributes and export.data at the top, attachments under
 * files/ (never opened by the reader).
 */
export async function onePux(): Promise<Buffer> {
  return zipOf({
    ...(await folderEntries('1password-1pux')),
    'files/': '',
    'files/qwe123asd456zxc789__receipt.pdf': Buffer.from('%PDF-1.4 PLANTED-ATTACHMENT')
  })
}

/** Proton Pass's unencrypted export: "Proton Pass/data.json". */
export async function protonPassZip(): Promise<Buffer> {
  return zipOf({ 'Proton Pass/': '', ...(await folderEntries('protonpass', 'Proton Pass/')) })
}

/** Dashlane's CSV export as it downloads: five CSV files in one ZIP. */
export async function dashlaneZip(): Promise<Buffer> {
  return zipOf(await folderEntries('dashlane'))
}

/** Every fixture as the bytes a user would choose, by a name that says what it is. */
export async function everyExport(): Promise<Array<[string, Buffer]>> {
  const files: Array<[string, Buffer]> = []
  for (const name of (await readdir(PASSWORD_EXPORTS)).sort())
    if (/\.(csv|json|xml)$/.test(name))
      files.push([name, await readFile(join(PASSWORD_EXPORTS, name))])
  files.push([
    'protonpass-data.json',
    await readFile(join(PASSWORD_EXPORTS, 'protonpass/data.json'))
  ])
  files.push(['1password.1pux', await onePux()])
  files.push(['protonpass.zip', await protonPassZip()])
  files.push(['dashlane.zip', await dashlaneZip()])
  return files
}
