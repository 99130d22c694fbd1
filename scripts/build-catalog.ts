/**
 * Regenerates resources/catalog/catalog.json from the public data snapshots:
 *   npm run catalog:build -- --from ../shared/data
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { catalogFileText, generateEntries } from './catalog/generate-entries'
import { noticesText } from './catalog/notices-text'
import { readDataSets } from './catalog/read-data-sets'

export const CATALOG_FILE = resolve(import.meta.dirname, '../resources/catalog/catalog.json')
export const NOTICES_FILE = resolve(import.meta.dirname, '../resources/THIRD-PARTY-NOTICES.md')

async function main(): Promise<void> {
  const at = process.argv.indexOf('--from')
  const from = at >= 0 ? process.argv[at + 1] : undefined
  if (!from) {
    console.error('usage: npm run catalog:build -- --from DIR (the folder of data snapshots)')
    process.exit(2)
  }
  const { sets, snapshots } = await readDataSets(resolve(from))
  const entries = generateEntries(sets)
  await writeFile(CATALOG_FILE, catalogFileText(entries, snapshots))
  await writeFile(NOTICES_FILE, await noticesText(resolve(from)))
  const sms = entries.filter((e) => e.tfa.includes('sms') || e.tfa.includes('call')).length
  console.log(
    `${entries.length} entries (${sms} send codes by SMS or call) → ${CATALOG_FILE}, notices → ${NOTICES_FILE}`
  )
}

void main()
