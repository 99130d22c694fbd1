import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Each data set's folder, its name as the app shows it, and its licence file. */
const DATA_SETS = [
  { folder: '2fa-directory', title: '2fa.directory', licence: 'LICENSE.md' },
  { folder: 'justdeleteme', title: 'JustDeleteMe', licence: 'LICENSE' },
  {
    folder: 'password-manager-resources',
    title: "Apple's password-manager resources",
    licence: 'LICENSE.md'
  }
] as const

/**
 * The third-party notices the app ships: what the catalog takes from each data set, the
 * snapshot it was taken from, and the data set's licence word for word.
 */
export async function noticesText(dir: string): Promise<string> {
  const parts = [
    '# Third-party notices',
    '',
    "Unlinker's service catalog is generated from the public data sets below (facts only:",
    'names, domains, second-factor methods, categories, regions, links and deletion',
    'difficulty). Each is used under the MIT License; its copyright notice and licence follow.',
    ''
  ]
  for (const set of DATA_SETS) {
    const source = (await readFile(join(dir, set.folder, 'SOURCE'), 'utf8')).trim()
    const licence = (await readFile(join(dir, set.folder, set.licence), 'utf8')).trim()
    parts.push(`## ${set.title}`, '', `Snapshot: ${source}`, '', '```text', licence, '```', '')
  }
  return parts.join('\n')
}
