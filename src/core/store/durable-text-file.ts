import { open, readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { NotSealedError, isSealed, type Sealer } from '../crypto/sealer'
import { diskSeam } from '../disk-seam'
import { DiskFullError, DomainError, isDiskFull } from '../errors'
import { replaceFile } from '../replace-file'

/**
 * A lowdb adapter whose write has reached the disk when it resolves: the text goes to a
 * temp file, which is fsynced, renamed over the target, and the folder is fsynced so the
 * rename itself survives a power cut. A crash leaves the old file or the new one, never a
 * torn one. Writes that arrive while one is in flight are coalesced into one next write
 * of the newest text; every caller's promise settles when text at least as new is on disk.
 */
export class DurableTextFile implements Adapter<string> {
  readonly path: string
  #inFlight: Promise<void> | null = null
  #next: {
    text: string
    waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }>
  } | null = null
  #counter = 0
  /** How many times the file was actually replaced; benchmarks read it. */
  writes = 0

  /**
   * With a sealer the file is written encrypted; a plain file reads only while the folder
   * is being sealed (the sealer's allowPlain). A read-only file stands for one that may
   * not be written now (the data is locked): a write is refused, never made in plain text.
   */
  constructor(
    path: string,
    public sealer: Sealer | null = null,
    readonly readOnly = false
  ) {
    this.path = path
  }

  async read(): Promise<string | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    if (!isSealed(bytes)) {
      if (this.sealer && !this.sealer.allowPlain) throw new NotSealedError(this.path)
      return bytes.toString('utf8')
    }
    if (!this.sealer) throw new DomainError('locked', 'This data is encrypted; unlock it first.')
    return this.sealer.open(bytes)
  }

  write(text: string): Promise<void> {
    if (this.readOnly) return Promise.reject(lockedWrite())
    if (!this.#inFlight) {
      this.#inFlight = this.#replace(text).finally(() => this.#drain())
      return this.#inFlight
    }
    return new Promise((resolve, reject) => {
      if (this.#next) this.#next.text = text
      else this.#next = { text, waiters: [] }
      this.#next.waiters.push({ resolve, reject })
    })
  }

  #drain(): void {
    const next = this.#next
    this.#next = null
    this.#inFlight = null
    if (!next) return
    this.#inFlight = this.#replace(next.text)
      .then(
        () => next.waiters.forEach((w) => w.resolve()),
        (error: unknown) => next.waiters.forEach((w) => w.reject(error))
      )
      .finally(() => this.#drain())
  }

  async #replace(text: string): Promise<void> {
    const dir = dirname(this.path)
    const bytes = this.sealer ? this.sealer.seal(text) : text
    try {
      await replaceFile(
        this.path,
        async (temp) => {
          const file = await open(temp, 'w', 0o600)
          try {
            await diskSeam.write(file, bytes, temp)
          } finally {
            await file.close()
          }
        },
        { temp: join(dir, `.${basename(this.path)}.${process.pid}.${++this.#counter}.tmp`) }
      )
    } catch (error) {
      if (isDiskFull(error)) throw new DiskFullError(dir)
      throw error
    }
    this.writes++
  }
}

/** A write to data that is locked: refused, so nothing is ever written in plain text over it. */
export function lockedWrite(): DomainError {
  return new DomainError('locked', 'Unlinker is locked. Enter your passphrase first.')
}
