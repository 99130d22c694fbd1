import { randomBytes } from 'node:crypto'
import { access, mkdir, readdir, rename, rm, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Sha256 } from '../../shared/domain/proof'
import { syncFolder } from '../replace-file'
import { DomainError } from '../errors'
import { isSealedFile, openVaultFile, sealFile, unsealToFile } from '../crypto/vault-cipher'
import { lockedWrite } from '../store/durable-text-file'
import { stagePath, stageStream, type StagedFile } from './staged-file'

export const DEFAULT_MAX_PROOF_BYTES = 4 * 1024 ** 3
/** What sealFile writes before renaming it over its target. */
const SEALING_TEMP = /^[0-9a-f]{64}\.[0-9a-f]{12}\.sealing$/

/**
 * Proof files in `vault/`, each named by its SHA-256: the same file attached twice is
 * stored once, and a name says what the bytes must hash to. New files arrive through
 * `incoming/` on the same disk, so keeping one is a rename, never a second copy.
 */
export class Vault {
  readonly dir: string
  readonly incomingDir: string
  /** Uploads staged by web mode, waiting for the call that says what they are. */
  readonly #uploads = new Map<string, StagedFile>()
  /** Set while encryption is on and unlocked: files are kept sealed. */
  key: Buffer | null = null
  /** The folder is encrypted: while it is locked (no key), nothing may be kept. */
  encrypted = false
  /** Every file is sealed: a plain one was not put there by Unlinker and is refused. */
  onlySealed = false

  constructor(
    dataDir: string,
    readonly maxBytes = DEFAULT_MAX_PROOF_BYTES
  ) {
    this.dir = join(dataDir, 'vault')
    this.incomingDir = join(dataDir, 'incoming')
  }

  /** Uploads waiting for their call are dropped (their files go with `clearIncoming`). */
  forgetUploads(): void {
    this.#uploads.clear()
  }

  /**
   * Left-overs of a copy interrupted by a crash, and uploads never attached, are never
   * anyone's file; they may be plain copies of what encryption protects.
   */
  async clearIncoming(): Promise<void> {
    await rm(this.incomingDir, { recursive: true, force: true })
  }

  fileOf(sha256: string): string {
    if (!Sha256.safeParse(sha256).success) throw new DomainError('invalidInput', 'Bad file hash.')
    return join(this.dir, sha256)
  }

  stagePath(path: string, onProgress?: (bytes: number) => void): Promise<StagedFile> {
    return stagePath(path, this.incomingDir, this.maxBytes, onProgress)
  }

  stageStream(source: Readable, limit = this.maxBytes): Promise<StagedFile> {
    return stageStream(source, this.incomingDir, limit)
  }

  /** Holds a staged upload under a random id the client quotes back. */
  holdUpload(staged: StagedFile): string {
    const id = randomBytes(16).toString('hex')
    this.#uploads.set(id, staged)
    return id
  }

  takeUpload(id: string): StagedFile {
    const staged = this.#uploads.get(id)
    if (!staged) throw new DomainError('notFound', 'The uploaded file is gone; add it again.')
    this.#uploads.delete(id)
    return staged
  }

  peekUpload(id: string): StagedFile {
    const staged = this.#uploads.get(id)
    if (!staged) throw new DomainError('notFound', 'The uploaded file is gone; add it again.')
    return staged
  }

  async discard(staged: StagedFile): Promise<void> {
    await unlink(staged.path).catch(() => undefined)
  }

  async discardUpload(id: string): Promise<void> {
    const staged = this.#uploads.get(id)
    this.#uploads.delete(id)
    if (staged) await this.discard(staged)
  }

  /**
   * Moves a staged file into the vault; if the same bytes are already there, drops it.
   * While the folder is locked nothing is kept: it would be kept in plain text.
   */
  async keep(staged: StagedFile): Promise<void> {
    if (this.encrypted && !this.key) throw lockedWrite()
    await mkdir(this.dir, { recursive: true })
    const target = this.fileOf(staged.sha256)
    if (await exists(target)) {
      await this.discard(staged)
      return
    }
    if (this.key) {
      await sealFile(staged.path, target, this.key)
      await this.discard(staged)
    } else await rename(staged.path, target)
    await syncFolder(this.dir)
  }

  /** The size of a kept file on disk (sealed or not), or null when it is missing. */
  async storedSize(sha256: string): Promise<number | null> {
    const info = await stat(this.fileOf(sha256)).catch(() => null)
    return info?.isFile() ? info.size : null
  }

  has(sha256: string): Promise<boolean> {
    return exists(this.fileOf(sha256))
  }

  /** The plain bytes of a kept file, decrypted on the way when it is sealed. */
  open(sha256: string): Promise<Readable> {
    return openVaultFile(this.fileOf(sha256), this.key, this.onlySealed)
  }

  /**
   * Reads a kept file to its end without keeping any of it: for a sealed file this checks
   * its tag, so a preview can refuse a tampered file before showing a byte of it.
   */
  async check(sha256: string): Promise<void> {
    await pipeline(
      await this.open(sha256),
      new Writable({ write: (_chunk, _encoding, done) => done() })
    )
  }

  /** A plain copy at `target`, written whole before it appears (tag checked first). */
  copyOut(sha256: string, target: string): Promise<void> {
    return unsealToFile(this.fileOf(sha256), target, this.key, this.onlySealed)
  }

  isSealed(sha256: string): Promise<boolean> {
    return isSealedFile(this.fileOf(sha256))
  }

  /**
   * Encrypts every plain file in place, and deletes what a sealing cut short left (each
   * file is sealed to a temp file renamed over it): a crash halfway leaves a mix that
   * still reads, and the next call finishes it. `onSealed` hears each file done.
   */
  async sealAll(onSealed?: () => void): Promise<void> {
    if (!this.key) throw new Error('no key')
    const names = await readdir(this.dir).catch(() => [] as string[])
    for (const name of names)
      if (SEALING_TEMP.test(name)) await unlink(join(this.dir, name)).catch(() => undefined)
    for (const sha of await this.list()) {
      const path = this.fileOf(sha)
      if (!(await isSealedFile(path))) await sealFile(path, path, this.key)
      onSealed?.()
    }
    await syncFolder(this.dir).catch(() => undefined)
  }

  async remove(sha256: string): Promise<void> {
    await unlink(this.fileOf(sha256)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }

  async list(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((name) => Sha256.safeParse(name).success)
    } catch {
      return []
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
