import { unlink } from 'node:fs/promises'
import type { Readable, Transform } from 'node:stream'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as yauzl from 'yauzl'
import {
  MANIFEST_PATH,
  Manifest,
  SUMS_PATH,
  isSafeArchivePath,
  type VerifyProblem,
  type VerifyReport
} from '../../shared/archive/manifest'
import { DomainError } from '../errors'
import type { StagedFile } from '../vault/staged-file'
import { hashCheck } from './hash-check'

/** What an archive may hold before we refuse to read it (zip bombs, absurd archives). */
export interface ArchiveLimits {
  maxEntries: number
  /** Sum of the declared sizes of all entries. */
  maxTotalBytes: number
  /** manifest.json and SHA256SUMS are read into memory: keep them bounded. */
  maxIndexBytes: number
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxEntries: 200_000,
  maxTotalBytes: 64 * 1024 ** 3,
  maxIndexBytes: 512 * 1024 ** 2
}

export interface ScanOptions {
  limits?: Partial<ArchiveLimits>
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
  /** When given, every file the manifest lists is also copied out (restore). */
  stage?: (source: Readable) => Promise<StagedFile>
}

export interface ScanResult {
  report: VerifyReport
  manifest: Manifest | null
  /** Staged copies by archive path, when `stage` was given. */
  staged: Map<string, StagedFile>
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/**
 * Reads an archive once, start to end: refuses unsafe entries (absolute or `..` paths,
 * links, declared sizes beyond the limits), hashes every file, and compares the result
 * with SHA256SUMS and the manifest. Actual sizes are checked against declared ones by
 * yauzl, so a header that lies about its size fails instead of filling the disk.
 */
export async function scanArchive(path: string, options: ScanOptions = {}): Promise<ScanResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const staged = new Map<string, StagedFile>()
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: true
    })
  } catch (error) {
    throw new DomainError('badArchive', `This is not a readable ZIP archive: ${message(error)}`)
  }
  // Errors of the archive itself reach the caller through the read that meets them; one
  // emitted with no read waiting must not end the process.
  zip.on('error', () => undefined)
  try {
    const entries = await listEntries(zip, limits)
    const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
    let done = 0
    const hashes = new Map<string, string>()
    let manifestText: string | null = null
    let sumsText: string | null = null

    for (const entry of entries) {
      if (options.signal?.aborted) throw new DomainError('cancelled', 'Cancelled.')
      const name = entry.fileName
      if (
        (name === MANIFEST_PATH || name === SUMS_PATH) &&
        entry.uncompressedSize > limits.maxIndexBytes
      )
        throw new DomainError('badArchive', `${name} is larger than any real one.`)
      const stream = await zip.openReadStreamPromise(entry)
      const check = hashCheck(null, (n) => options.onProgress?.((done += n), total), name)
      // Every entry goes through pipeline(): a damaged deflate stream or a size that lies
      // fails this call (and deletes what was staged) instead of crashing the process.
      if (name === MANIFEST_PATH || name === SUMS_PATH) {
        const text = await readThrough(stream, check)
        if (name === MANIFEST_PATH) manifestText = text
        else sumsText = text
      } else if (options.stage && name.startsWith('proofs/')) {
        // Both ends settle before going on, so a failed copy has deleted its own file.
        const [read, copy] = await Promise.allSettled([
          pipeline(stream, check),
          options.stage(check)
        ])
        if (copy.status === 'fulfilled') staged.set(name, copy.value)
        if (read.status === 'rejected') throw read.reason
        if (copy.status === 'rejected') throw copy.reason
      } else {
        await pipeline(stream, check, sink())
      }
      hashes.set(name, check.digest())
    }
    const { report, manifest } = compare(hashes, entries, manifestText, sumsText)
    return { report, manifest, staged }
  } catch (error) {
    await Promise.all([...staged.values()].map((s) => unlinkQuietly(s.path)))
    if (error instanceof DomainError) throw error
    throw new DomainError('badArchive', `The archive is damaged or unsafe: ${message(error)}`)
  } finally {
    zip.close()
  }
}

async function listEntries(zip: yauzl.ZipFile, limits: ArchiveLimits): Promise<yauzl.Entry[]> {
  if (zip.entryCount > limits.maxEntries)
    throw new DomainError('badArchive', `The archive has ${zip.entryCount} entries; too many.`)
  const entries: yauzl.Entry[] = []
  /** Names as Windows and macOS compare them: our exports never repeat one. */
  const seen = new Set<string>()
  let declared = 0
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName
      if (name.endsWith('/')) return zip.readEntry()
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT
      if (mode === S_IFLNK) return reject(new DomainError('badArchive', `${name} is a link.`))
      if (!isSafeArchivePath(name))
        return reject(new DomainError('badArchive', `${name} points outside the archive.`))
      // Two entries of one name would let the one checked differ from the one used.
      const folded = name.normalize('NFC').toLowerCase()
      if (seen.has(folded))
        return reject(new DomainError('badArchive', `The archive holds ${name} twice.`))
      seen.add(folded)
      declared += entry.uncompressedSize
      if (declared > limits.maxTotalBytes)
        return reject(
          new DomainError('badArchive', 'The archive unpacks to more than the size limit.')
        )
      entries.push(entry)
      zip.readEntry()
    })
    zip.once('end', () => resolve())
    zip.once('error', reject)
    zip.readEntry()
  })
  return entries
}

function compare(
  hashes: Map<string, string>,
  entries: yauzl.Entry[],
  manifestText: string | null,
  sumsText: string | null
): { report: VerifyReport; manifest: Manifest | null } {
  const problems: VerifyProblem[] = []
  const missing: string[] = []
  const extra: string[] = []
  const altered = new Set<string>()
  const sums = new Map<string, string>()
  if (sumsText === null) problems.push('sumsMissing')
  else {
    for (const line of sumsText.split('\n')) {
      if (line.trim() === '') continue
      const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line)
      if (!match?.[1] || !match[2]) {
        if (!problems.includes('sumsBadLine')) problems.push('sumsBadLine')
      } else sums.set(match[2], match[1])
    }
  }
  let manifest: Manifest | null = null
  if (manifestText === null) problems.push('manifestMissing')
  else {
    try {
      const parsed = Manifest.safeParse(JSON.parse(manifestText))
      if (parsed.success) manifest = parsed.data
      else problems.push('manifestNotOurs')
    } catch {
      problems.push('manifestNotJson')
    }
  }
  for (const [name, sum] of sums) {
    const actual = hashes.get(name)
    if (actual === undefined) missing.push(name)
    else if (actual !== sum) altered.add(name)
  }
  for (const name of hashes.keys()) {
    if (name !== SUMS_PATH && !sums.has(name)) extra.push(name)
  }
  // Proofs and statements are listed in the manifest with their hashes, too.
  for (const file of [...(manifest?.files ?? []), ...(manifest?.statements ?? [])]) {
    const actual = hashes.get(file.path)
    if (actual === undefined) {
      if (!missing.includes(file.path)) missing.push(file.path)
    } else if (actual !== file.sha256 || sums.get(file.path) !== file.sha256) altered.add(file.path)
  }
  const bytes = entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
  const report: VerifyReport = {
    intact: problems.length + missing.length + extra.length + altered.size === 0,
    notArchive: manifest === null && !sums.has(MANIFEST_PATH),
    files: hashes.size,
    bytes,
    missing,
    extra,
    altered: [...altered],
    problems,
    exportedAt: manifest?.exportedAt ?? null,
    appVersion: manifest?.appVersion ?? null
  }
  return { report, manifest }
}

async function readThrough(source: Readable, check: Transform): Promise<string> {
  const chunks: Buffer[] = []
  const collect = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      chunks.push(chunk)
      done()
    }
  })
  await pipeline(source, check, collect)
  return Buffer.concat(chunks).toString('utf8')
}

function sink(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() })
}

async function unlinkQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined)
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
