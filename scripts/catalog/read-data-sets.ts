import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DataSets } from './generate-entries'

async function json<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T
}

/** The first line of each snapshot's SOURCE file: repository, commit and date. */
async function source(path: string): Promise<string> {
  return (await readFile(path, 'utf8')).split('\n')[0]?.trim() ?? ''
}

/** Reads the three snapshots from a folder laid out as ../shared/data is. */
export async function readDataSets(
  dir: string
): Promise<{ sets: DataSets; snapshots: Record<string, string> }> {
  const pmr = join(dir, 'password-manager-resources')
  const [twoFa, justDeleteMe, changePasswordUrls, shared, historical] = await Promise.all([
    json<DataSets['twoFa']>(join(dir, '2fa-directory', 'entries.json')),
    json<DataSets['justDeleteMe']>(join(dir, 'justdeleteme', 'sites.json')),
    json<DataSets['changePasswordUrls']>(join(pmr, 'change-password-URLs.json')),
    json<DataSets['sharedCredentials']>(join(pmr, 'shared-credentials.json')),
    json<DataSets['sharedCredentials']>(join(pmr, 'shared-credentials-historical.json'))
  ])
  const snapshots = {
    '2fa.directory': await source(join(dir, '2fa-directory', 'SOURCE')),
    justdeleteme: await source(join(dir, 'justdeleteme', 'SOURCE')),
    apple: await source(join(pmr, 'SOURCE'))
  }
  return {
    sets: {
      twoFa,
      justDeleteMe,
      changePasswordUrls,
      sharedCredentials: [...shared, ...historical]
    },
    snapshots
  }
}
