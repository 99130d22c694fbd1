import * as yauzl from 'yauzl'
import { DomainError } from '../../errors'
import type { ExportInput } from './reader'

/**
 * How much of a ZIP export is read: exports hold a few text entries (1Password's
 * export.data, Proton Pass's data.json, Dashlane's CSVs) beside attachments, which are
 * never opened. The entries read together unpack to no more than a plain export may be
 * (50 MB), whatever each claims: five CSVs of 250 MB in a 4 MB ZIP are refused at 50 MB.
 */
export const ZIP_LIMITS = { maxEntries: 100_000, maxTotalBytes: 50 * 1024 * 1024 }

export function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50
}

function zipTooLarge(limits: { maxTotalBytes: number }): DomainError {
  const limit = `${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB`
  return new DomainError(
    'badFile',
    `This ZIP file unpacks to more than ${limit}, far more than any password export holds; it was not read.`,
    { key: 'zipTooLarge', values: { limit } }
  )
}

const broken = (): DomainError =>
  new DomainError(
    'badFile',
    'This ZIP file is damaged; export it again from your password manager.'
  )

/**
 * Lists a ZIP's entries and reads the one a reader asks for as UTF-8 text. Sizes are
 * checked against what the entry declares (yauzl refuses an entry that unpacks to more
 * than it says), and nothing is written to disk.
 */
export async function openZipExport(
  bytes: Buffer,
  limits = ZIP_LIMITS
): Promise<{ input: Extract<ExportInput, { kind: 'zip' }>; close: () => void }> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: false
    })
  } catch {
    throw broken()
  }
  // An archive's own error reaches the read that meets it; one with no read waiting is dropped.
  zip.on('error', () => undefined)
  if (zip.entryCount > limits.maxEntries) {
    zip.close()
    throw new DomainError(
      'badFile',
      'This ZIP file holds far more entries than any password export.'
    )
  }
  const entries = new Map<string, yauzl.Entry>()
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry)
        zip.readEntry()
      })
      zip.once('end', () => resolve())
      zip.once('error', reject)
      zip.readEntry()
    })
  } catch {
    zip.close()
    throw broken()
  }
  /** Bytes unpacked so far, from every entry read. */
  let unpacked = 0
  const text = async (name: string): Promise<string> => {
    const entry = entries.get(name)
    if (!entry) throw broken()
    if (unpacked + entry.uncompressedSize > limits.maxTotalBytes) throw zipTooLarge(limits)
    const chunks: Buffer[] = []
    try {
      const stream = await zip.openReadStreamPromise(entry)
      // The declared size is checked by yauzl as it reads; the sum is counted here too.
      for await (const chunk of stream) {
        unpacked += (chunk as Buffer).length
        if (unpacked > limits.maxTotalBytes) {
          stream.destroy()
          throw zipTooLarge(limits)
        }
        chunks.push(chunk as Buffer)
      }
    } catch (error) {
      if (error instanceof DomainError) throw error
      throw broken()
    }
    const bytes = Buffer.concat(chunks)
    chunks.length = 0
    return bytes.toString('utf8').replace(/^\uFEFF/, '')
  }
  return { input: { kind: 'zip', names: [...entries.keys()], text }, close: () => zip.close() }
}
