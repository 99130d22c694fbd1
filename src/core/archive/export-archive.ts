import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Transform, Writable, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'
import {
  ARCHIVE_FORMAT,
  MANIFEST_PATH,
  MANIFEST_VERSION,
  REPORT_PATH,
  SUMS_PATH,
  type Manifest,
  type ManifestFile,
  type ManifestStatement
} from '../../shared/archive/manifest'
import type { LeftOutProof } from '../../shared/domain/job'
import { SEAL_HEADER } from '../crypto/sealer'
import { DomainError } from '../errors'
import { replaceFile } from '../replace-file'
import type { StoreData } from '../store/schema'
import type { Vault } from '../vault/vault'
import { hashCheck } from './hash-check'
import { useNativeCrc32 } from './native-crc32'
import { planProofPaths } from './plan-archive'
import { renderReport } from './report-html'
import { renderStatement } from './statement-html'
import { statementOf } from './statements'
import { appCatalog } from '../catalog/catalog'
import { appKnowledge } from '../knowledge/knowledge'
import { sanitiseFileName } from '../../shared/archive/archive-names'
import { displayName } from '../../shared/catalog/display-name'
import { IO_CHUNK } from '../io-chunk'

export interface ExportOptions {
  data: StoreData
  vault: Vault
  destination: string
  appVersion: string
  language: string
  now: Date
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}

export interface ExportResult {
  path: string
  bytes: number
  files: number
  /** Proofs whose file is missing or damaged: not in the archive, and named in its report. */
  leftOut: LeftOutProof[]
}

/** A proof's file could not be read whole and right: which one, and what was wrong. */
class ProofUnreadable extends Error {
  constructor(
    readonly proofId: string,
    readonly problem: LeftOutProof['problem']
  ) {
    super(`proof ${proofId} is ${problem}`)
  }
}

/**
 * Writes the archive of proofs: manifest.json, report.html, a statement of cancellation
 * per number, proofs/… and SHA256SUMS.
 * A proof whose file is missing or damaged does not stop the rest: it is left out of the
 * archive (its record too, so a restore never names a file it lacks) and listed in the
 * report and the answer, with what was wrong in plain words. Missing files and wrong
 * sizes are found before writing; a file that fails its hash or its seal on the way makes
 * the archive be written again without it.
 */
export async function exportArchive(options: ExportOptions): Promise<ExportResult> {
  const leftOut = await unreadableBeforehand(options.data.proofs, options.vault)
  for (;;) {
    try {
      return await writeArchive(options, leftOut)
    } catch (error) {
      if (!(error instanceof ProofUnreadable)) throw error
      const proof = options.data.proofs.find((p) => p.id === error.proofId)
      if (!proof || leftOut.some((l) => l.proofId === proof.id)) throw error
      leftOut.push({ proofId: proof.id, name: proof.originalName, problem: error.problem })
    }
  }
}

/**
 * Every proof an export would leave out, read through as the export reads it: missing or
 * of the wrong size, or whole but failing its SHA-256 or its seal. The print view names
 * them, so it says what the archive's report would.
 */
export async function unreadableProofs(
  proofs: StoreData['proofs'],
  vault: Vault
): Promise<LeftOutProof[]> {
  const out = await unreadableBeforehand(proofs, vault)
  const checked = new Set(out.map((o) => o.proofId))
  for (const proof of proofs) {
    if (checked.has(proof.id)) continue
    checked.add(proof.id)
    try {
      await pipeline(
        await vault.open(proof.sha256),
        hashCheck(proof.sha256, () => undefined, proof.originalName),
        new Writable({ write: (_chunk, _encoding, done) => done() })
      )
    } catch {
      out.push({ proofId: proof.id, name: proof.originalName, problem: 'damaged' })
    }
  }
  return out
}

/** Proofs whose vault file is missing, or not as large as the proof (sealed or not). */
async function unreadableBeforehand(
  proofs: StoreData['proofs'],
  vault: Vault
): Promise<LeftOutProof[]> {
  const out: LeftOutProof[] = []
  for (const proof of proofs) {
    const size = await vault.storedSize(proof.sha256)
    const problem =
      size === null
        ? 'missing'
        : size === proof.size || size === proof.size + SEAL_HEADER
          ? null
          : 'damaged'
    if (problem && !out.some((o) => o.proofId === proof.id))
      out.push({ proofId: proof.id, name: proof.originalName, problem })
  }
  return out
}

async function writeArchive(
  options: ExportOptions,
  leftOut: LeftOutProof[]
): Promise<ExportResult> {
  const { vault, destination, signal } = options
  useNativeCrc32()
  const skipped = new Set(leftOut.map((l) => l.proofId))
  const data = { ...options.data, proofs: options.data.proofs.filter((p) => !skipped.has(p.id)) }
  const catalog = appCatalog()
  const files = planProofPaths(data, (account) =>
    displayName(
      account,
      account.catalogId ? catalog.find(account.catalogId) : undefined,
      options.language
    )
  )
  const statements = renderStatements(data, files, options.language, options.now)
  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    schemaVersion: MANIFEST_VERSION,
    storeVersion: data.schemaVersion,
    appVersion: options.appVersion,
    exportedAt: options.now.toISOString(),
    language: options.language,
    records: {
      cases: data.cases,
      accounts: data.accounts,
      people: data.people,
      proofs: data.proofs,
      history: data.history
    },
    files,
    statements: statements.map(({ bytes: _bytes, ...listed }) => listed)
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2))
  const reportBytes = Buffer.from(renderReport(manifest, leftOut))
  const sums = [
    `${sha256(manifestBytes)}  ${MANIFEST_PATH}`,
    `${sha256(reportBytes)}  ${REPORT_PATH}`,
    ...statements.map((st) => `${st.sha256}  ${st.path}`),
    ...files.map((f) => `${f.sha256}  ${f.path}`)
  ]
  const sumsBytes = Buffer.from(`${sums.join('\n')}\n`)

  const total = files.reduce((sum, f) => sum + f.size, 0)
  let done = 0
  const progress = (n: number): void => {
    done += n
    options.onProgress?.(done, total)
  }

  await mkdir(dirname(destination), { recursive: true })
  const zip = new ZipFile()
  // A proof that fails mid-stream (damaged, or its tag does not check) must end the
  // export: yazl itself would wait for the stream forever.
  let abandon: (error: Error) => void = () => undefined
  const failed = new Promise<never>((_, reject) => {
    abandon = reject
    zip.on('error', reject)
  })
  const mtime = options.now
  zip.addBuffer(manifestBytes, MANIFEST_PATH, { mtime })
  zip.addBuffer(reportBytes, REPORT_PATH, { mtime })
  for (const st of statements) zip.addBuffer(st.bytes, st.path, { mtime })
  for (const file of files) {
    // Stored, not deflated: PDFs, photos and videos are compressed already.
    zip.addReadStreamLazy(file.path, { mtime, compress: false, size: file.size }, (cb) => {
      const unreadable = (error: unknown): ProofUnreadable =>
        new ProofUnreadable(
          file.proofId,
          (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'damaged'
        )
      vault.open(file.sha256).then(
        (source) => {
          const check = hashCheck(file.sha256, progress, file.path)
          source.on('error', (error) => check.destroy(unreadable(error)))
          check.on('error', (error) =>
            abandon(error instanceof ProofUnreadable ? error : unreadable(error))
          )
          cb(null, source.pipe(check))
        },
        (error: Error) => abandon(unreadable(error))
      )
    })
  }
  zip.addBuffer(sumsBytes, SUMS_PATH, { mtime, compress: true })
  zip.end()

  let bytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      bytes += chunk.length
      next(null, chunk)
    }
  })
  try {
    await replaceFile(
      destination,
      async (temp) => {
        await Promise.race([
          pipeline(
            zip.outputStream,
            counter,
            createWriteStream(temp, { mode: 0o600, highWaterMark: IO_CHUNK }),
            { signal }
          ),
          failed
        ])
      },
      {
        beforeRename: () => {
          if (signal?.aborted) throw new DomainError('cancelled', 'The export was cancelled.')
        }
      }
    )
  } catch (error) {
    ;(zip.outputStream as Readable).destroy()
    if (signal?.aborted) throw new DomainError('cancelled', 'The export was cancelled.')
    if (error instanceof DomainError || error instanceof ProofUnreadable) throw error
    throw new DomainError(
      'internal',
      `The archive could not be written: ${(error as Error).message}`
    )
  }
  return { path: destination, bytes, files: files.length, leftOut }
}

/**
 * The statement of cancellation of every number, at the archive's root beside the report
 * (`statement-79123456789.html`), naming each proof by its path in the archive.
 */
function renderStatements(
  data: StoreData,
  files: ManifestFile[],
  language: string,
  now: Date
): Array<ManifestStatement & { bytes: Buffer }> {
  const pathOf = new Map(files.map((f) => [f.proofId, f.path]))
  const sources = {
    data,
    knowledge: appKnowledge(),
    catalog: appCatalog,
    language,
    now,
    fileOf: (id: string) => pathOf.get(id)
  }
  return data.cases.flatMap((c) => {
    const statement = c.number ? statementOf(c.id, sources) : null
    if (!statement || !c.number) return []
    const bytes = Buffer.from(renderStatement(statement))
    return [
      {
        caseId: c.id,
        path: sanitiseFileName(`statement-${c.number.replace(/^\+/, '')}.html`),
        sha256: sha256(bytes),
        languages: statement.columns.map((col) => col.language),
        bytes
      }
    ]
  })
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
