import { csvTable } from './csv-table'
import { dashlaneCsv } from './dashlane-csv'
import type { ExportReader } from './reader'

/** The other files of Dashlane's CSV export, and what their rows are. */
const OTHERS = [
  ['securenotes.csv', 'note'],
  ['payments.csv', 'card'],
  ['ids.csv', 'identity'],
  ['personalInfo.csv', 'identity']
] as const

/**
 * Dashlane's CSV export as it downloads: a ZIP of credentials.csv, securenotes.csv,
 * payments.csv, ids.csv and personalInfo.csv. Logins come from credentials.csv; the
 * other files' rows are only counted.
 */
export const dashlaneZip: ExportReader = {
  id: 'dashlane-zip',
  label: 'Dashlane (ZIP of CSV files)',
  kind: 'zip',
  detect: (input) => input.kind === 'zip' && input.names.includes('credentials.csv'),
  read: async (input, progress) => {
    if (input.kind !== 'zip') throw new Error('The Dashlane reader was given another kind of file.')
    // Every file is unpacked before any is parsed: one that would pass the ZIP's limit
    // refuses the export at once, not after the others were read.
    const credentials = await input.text('credentials.csv')
    const others: Array<[(typeof OTHERS)[number][1], string]> = []
    for (const [name, kind] of OTHERS)
      if (input.names.includes(name)) others.push([kind, await input.text(name)])
    const parsed = await dashlaneCsv.read(csvTable(credentials), progress)
    for (const [kind, text] of others) {
      const rows = csvTable(text)
      const key = ({ note: 'notes', card: 'cards', identity: 'identities' } as const)[kind]
      parsed.counts.items += rows.rows.length + rows.unreadable
      parsed.counts.skipped[key] += rows.rows.length
      parsed.counts.skipped.unreadable += rows.unreadable
    }
    return { ...parsed, format: 'dashlane-zip' }
  }
}
