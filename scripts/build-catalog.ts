/**
 * Regenerates resources/catalog/catalog.json from the public data snapshots:
 *   npm run catalog:build -- --from ../shared/data [--list-dropped]
 * and says what its rules dropped, and which generated entries may be a curated service
 * not yet reviewed (foldsIn or keptApart in its service file).
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { readKnowledge } from '../src/core/knowledge/knowledge'
import { foldCandidates } from './catalog/fold-candidates'
import { catalogFileText, generateCatalog } from './catalog/generate-entries'
import { readLinkLists } from './catalog/link-rules'
import { noticesText } from './catalog/notices-text'
import { readDataSets } from './catalog/read-data-sets'

export const CATALOG_FILE = resolve(import.meta.dirname, '../resources/catalog/catalog.json')
export const NOTICES_FILE = resolve(import.meta.dirname, '../resources/THIRD-PARTY-NOTICES.md')
export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../resources/knowledge')

async function main(): Promise<void> {
  const at = process.argv.indexOf('--from')
  const from = at >= 0 ? process.argv[at + 1] : undefined
  if (!from) {
    console.error('usage: npm run catalog:build -- --from DIR (the folder of data snapshots)')
    process.exit(2)
  }
  const { sets, snapshots } = await readDataSets(resolve(from))
  const { entries, report } = generateCatalog(sets, readLinkLists(KNOWLEDGE_DIR))
  await writeFile(CATALOG_FILE, catalogFileText(entries, snapshots))
  await writeFile(NOTICES_FILE, await noticesText(resolve(from)))
  const sms = entries.filter((e) => e.tfa.includes('sms') || e.tfa.includes('call')).length
  console.log(
    `${entries.length} entries (${sms} send codes by SMS or call) → ${CATALOG_FILE}, notices → ${NOTICES_FILE}`
  )
  const dropped = Object.entries(report.linksDropped)
  const total = dropped.reduce((n, [, count]) => n + count, 0)
  console.log(
    `links kept ${report.linksKept}, dropped ${total} (${dropped.map(([r, n]) => `${r} ${n}`).join(', ')}); ` +
      `domains dropped ${report.domainsDropped}; names cleaned ${report.namesCleaned}; ` +
      `JustDeleteMe-only entries in "other": ${report.otherBefore} before the word table, ${report.otherAfter} after`
  )
  if (process.argv.includes('--list-dropped'))
    for (const d of report.dropped) console.log(`  ${d.reason}: ${d.entry} ${d.kind} ${d.url}`)
  const candidates = foldCandidates(readKnowledge(KNOWLEDGE_DIR).services, entries)
  if (candidates.length > 0) {
    console.log(`${candidates.length} generated entries to review (foldsIn or keptApart):`)
    for (const c of candidates)
      console.log(`  ${c.service} ← ${c.generated} (${c.name}, ${c.domain})`)
  }
}

void main()
