// Damaged and hostile archives made from real ones, byte by byte, for the tests that prove
// they are refused. Only the ZIP structure is read here (no zip library), so a test can
// break exactly the field it means to.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import * as yauzl from 'yauzl'
import { ZipFile } from 'yazl'

export interface CentralRecord {
  name: string
  /** Where this record starts in the central directory. */
  at: number
  localHeader: number
  compressedSize: number
}

/** The central directory's records, in order (no ZIP64: test archives are small). */
export function centralRecords(zip: Buffer): CentralRecord[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('no end of central directory')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const records: CentralRecord[] = []
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central record')
    const nameLength = zip.readUInt16LE(at + 28)
    const extra = zip.readUInt16LE(at + 30)
    const comment = zip.readUInt16LE(at + 32)
    records.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      at,
      localHeader: zip.readUInt32LE(at + 42),
      compressedSize: zip.readUInt32LE(at + 20)
    })
    at += 46 + nameLength + extra + comment
  }
  return records
}

function record(zip: Buffer, name: string): CentralRecord {
  const found = centralRecords(zip).find((r) => r.name === name)
  if (!found) throw new Error(`no entry ${name}`)
  return found
}

/** Where an entry's (compressed) bytes start and end in the file. */
export function dataRange(zip: Buffer, name: string): { start: number; end: number } {
  const { localHeader, compressedSize } = record(zip, name)
  const start =
    localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28)
  return { start, end: start + compressedSize }
}

/** The same archive, with the central directory claiming another unpacked size. */
export function withDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip)
  copy.writeUInt32LE(size, record(copy, name).at + 24)
  return copy
}

/** Every entry of an archive, whole and in order (test archives are small). */
export async function readEntries(path: string): Promise<Array<{ name: string; data: Buffer }>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false })
  const out: Array<{ name: string; data: Buffer }> = []
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        zip
          .openReadStreamPromise(entry)
          .then(async (stream) => {
            const chunks: Buffer[] = []
            for await (const chunk of stream) chunks.push(chunk as Buffer)
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) })
            zip.readEntry()
          })
          .catch(reject)
      })
      zip.once('end', () => resolve())
      zip.once('error', reject)
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  return out
}

/** One entry's bytes, read with the ZIP library (no unzip program needed). */
export async function entryOf(path: string, name: string): Promise<Buffer> {
  const found = (await readEntries(path)).find((e) => e.name === name)
  if (!found) throw new Error(`no ${name} in ${path}`)
  return found.data
}

/** Unpacks every entry under `dir`, as unzip -d does (test archives are small and ours). */
export async function unpackTo(path: string, dir: string): Promise<void> {
  for (const { name, data } of await readEntries(path)) {
    const target = join(dir, ...name.split('/'))
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, data)
  }
}

/** Writes entries as given, repeated names included (yazl does not check them). */
export async function writeZip(
  path: string,
  entries: Array<{ name: string; data: Buffer; compress?: boolean }>
): Promise<void> {
  const zip = new ZipFile()
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress: e.compress ?? true })
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(path))
}

export async function writeBytes(path: string, bytes: Buffer): Promise<string> {
  await writeFile(path, bytes)
  return path
}

/**
 * An archive rewritten with its manifest changed by `edit`, and SHA256SUMS following, so
 * it still verifies intact: what an older Unlinker, or someone by hand, could have written.
 */
export async function withEditedManifest(
  archive: string,
  out: string,
  edit: (manifest: Record<string, unknown>) => void
): Promise<void> {
  const entries = await readEntries(archive)
  const manifestEntry = entries.find((e) => e.name.endsWith('manifest.json'))
  if (!manifestEntry) throw new Error('no manifest.json')
  const manifest = JSON.parse(manifestEntry.data.toString('utf8')) as Record<string, unknown>
  edit(manifest)
  manifestEntry.data = Buffer.from(JSON.stringify(manifest, null, 2))
  const hash = createHash('sha256').update(manifestEntry.data).digest('hex')
  for (const e of entries)
    if (e.name.endsWith('SHA256SUMS'))
      e.data = Buffer.from(
        e.data
          .toString('utf8')
          .replace(/^[0-9a-f]{64}(\s+\*?(?:.*\/)?manifest\.json)$/m, `${hash}$1`)
      )
  await writeZip(out, entries)
}
