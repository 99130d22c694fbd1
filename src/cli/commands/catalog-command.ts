import { localName, type CatalogEntry } from '../../shared/catalog/catalog-values'
import { appCatalog } from '../../core/catalog/catalog'
import { EXIT } from '../exit-codes'
import { writeJson, type SpokenIo } from '../cli-io'
import { padColumn } from '../cli-text'
import { terminalValue } from '../terminal-text'

/**
 * `unlinker catalog [--search TEXT] [--json]`: the built-in service catalog, whole or
 * matching a search, as it ships with the app. It reads no data folder and takes no lock.
 */
export async function catalogCommand(
  io: SpokenIo,
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
  await io.stdout.write(catalogText(entries, io))
  return EXIT.ok
}

/**
 * The entries as --json prints them. Names come from public data sets: nothing in one may
 * reach the terminal as a control or a bidi override.
 */
export function catalogValue(entries: readonly CatalogEntry[]): { entries: CatalogEntry[] } {
  return { entries: entries.map(terminalValue) }
}

/**
 * The entries as lines, each named in the language spoken, each field made safe before
 * the columns are padded to the width a terminal draws it.
 */
export function catalogText(
  entries: readonly CatalogEntry[],
  { language, say }: Pick<SpokenIo, 'language' | 'say'>
): string {
  const lines = entries.map((entry) => describe(terminalValue(entry), language))
  lines.push(say('catalog.count', { count: entries.length }))
  return `${lines.join('\n')}\n`
}

/** One line: name, id, category, roles, the SMS marker and where the entry comes from. */
function describe(entry: CatalogEntry, language: string): string {
  const roles = entry.roles.length > 0 ? entry.roles.join(',') : '-'
  return [
    padColumn(localName(entry, language), 36),
    padColumn(entry.id, 28),
    padColumn(entry.category, 12),
    padColumn(roles, 36),
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
