import type { CatalogEntry } from '../../shared/catalog/catalog-values'
import { appCatalog } from '../../core/catalog/catalog'
import { EXIT } from '../exit-codes'
import { writeJson, type CliIo } from '../cli-io'
import { terminalValue } from '../terminal-text'

/**
 * `unlinker catalog [--search TEXT] [--json]`: the built-in service catalog, whole or
 * matching a search, as it ships with the app. It reads no data folder and takes no lock.
 */
export async function catalogCommand(
  io: CliIo,
  options: { search?: string; json: boolean }
): Promise<number> {
  const catalog = appCatalog()
  const entries =
    options.search === undefined
      ? catalog.entries
      : catalog.search({ text: options.search }).entries
  if (options.json) {
    await writeJson(io.stdout, catalogValue(entries))
    return EXIT.ok
  }
  await io.stdout.write(catalogText(entries))
  return EXIT.ok
}

/**
 * The entries as --json prints them. Names come from public data sets: nothing in one may
 * reach the terminal as a control or a bidi override.
 */
export function catalogValue(entries: readonly CatalogEntry[]): { entries: CatalogEntry[] } {
  return { entries: entries.map(terminalValue) }
}

/** The entries as lines, each field made safe before the columns are padded. */
export function catalogText(entries: readonly CatalogEntry[]): string {
  const lines = entries.map((entry) => describe(terminalValue(entry)))
  lines.push(
    `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} (SMS = can send codes by SMS or a call).`
  )
  return `${lines.join('\n')}\n`
}

/** One line: name, id, category, roles, the SMS marker and where the entry comes from. */
function describe(entry: CatalogEntry): string {
  const roles = entry.roles.length > 0 ? entry.roles.join(',') : '-'
  return [
    entry.name.padEnd(36),
    entry.id.padEnd(28),
    entry.category.padEnd(12),
    roles.padEnd(36),
    entry.smsOrCall ? 'SMS' : '   ',
    sourcesOf(entry)
  ].join(' ')
}

/** curated first, then the data sets the entry's facts come from. */
function sourcesOf(entry: CatalogEntry): string {
  const all = new Set<string>(entry.curated ? ['curated'] : [])
  for (const source of Object.values(entry.sources)) if (source) all.add(source)
  return [...all].join('+')
}
