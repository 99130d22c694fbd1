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
    const table = csvTable(await input.text('credentials.csv'))
    const parsed = await dashlaneCsv.read(table, progress)
    for (const [name, kind] of OTHERS) {
      if (!input.names.includes(name)) continue
      const rows = csvTable(await input.text(name))
      const key = ({ note: 'notes', card: 'cards', identity: 'identities' } as const)[kind]
      parsed.counts.items += rows.rows.length + rows.unreadable
      parsed.counts.skipped[key] += rows.rows.length
      parsed.counts.skipped.unreadable += rows.unreadable
    }
    return { ...parsed, format: 'dashlane-zip' }
  }
}
