import { parseBoundedJson } from '../read-limits'
import { DomainError } from '../../errors'
import { isProtonPassJson, readProtonPass } from './protonpass-json'
import type { ExportReader } from './reader'

/** Proton Pass's unencrypted ZIP export: "Proton Pass/data.json" beside attachments. */
const DATA = /^Proton Pass\/data\.json$/

export const protonpassZip: ExportReader = {
  id: 'protonpass-zip',
  label: 'Proton Pass (ZIP)',
  kind: 'zip',
  detect: (input) => input.kind === 'zip' && input.names.some((n) => DATA.test(n)),
  read: async (input, progress) => {
    if (input.kind !== 'zip')
      throw new Error('The Proton Pass reader was given another kind of file.')
    const name = input.names.find((n) => DATA.test(n)) ?? ''
    let value: unknown
    try {
      value = parseBoundedJson(await input.text(name))
    } catch (error) {
      if (error instanceof DomainError) throw error
      value = null
    }
    if (!isProtonPassJson(value))
      throw new DomainError('badFile', 'This Proton Pass file is damaged; export it again.')
    return readProtonPass(value, 'protonpass-zip', progress)
  }
}
