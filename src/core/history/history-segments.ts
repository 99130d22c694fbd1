import { randomBytes } from 'node:crypto'
import { access, mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { HistoryEvent } from '../../shared/domain/history'
import { NotSealedError, SealBrokenError, type Sealer } from '../crypto/sealer'
import { isSealedFile } from '../crypto/vault-cipher'
import { DurableTextFile } from '../store/durable-text-file'

export const HISTORY_DIR = 'history'
export const SEGMENT_NAME = /^segment-\d{8}T\d{6}Z-[0-9a-f]{12}\.json$/
const Segment = z.array(HistoryEvent)

/**
 * Older history, kept out of the store so that opening it does not parse and validate
 * every event ever recorded. A segment is written once, durably, before the store names
 * it, and never changes after (except to be sealed in place), so a snapshot of the store
 * stays valid with the segments it names. Segments are read, validated and kept in
 * memory the first time something asks for the whole history.
 */
export class HistorySegments {
  readonly dir: string
  readonly #cache = new Map<string, HistoryEvent[]>()
  readonly #writing = new Set<Promise<void>>()
  /** How many segments were written; benchmarks read it. */
  writes = 0

  /**
   * `report` hears of a segment that cannot be read; the history shows without it. A
   * read-only set (the data is locked) refuses to write one.
   */
  constructor(
    dataDir: string,
    public sealer: Sealer | null = null,
    private readonly report: (path: string, reason: string) => void = () => undefined,
    private readonly readOnly = false
  ) {
    this.dir = join(dataDir, HISTORY_DIR)
  }

  /** Starts writing `events` as a new segment and names it at once. */
  write(events: HistoryEvent[], now: Date): string {
    const stamp = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')
    const name = `segment-${stamp}-${randomBytes(6).toString('hex')}.json`
    this.#cache.set(name, events)
    const done = mkdir(this.dir, { recursive: true })
      .then(() => this.#file(name).write(JSON.stringify(events)))
      .then(() => void this.writes++)
      .finally(() => this.#writing.delete(done))
    this.#writing.add(done)
    return name
  }

  /** Resolves once every segment being written is on disk; rejects if one failed. */
  async written(): Promise<void> {
    await Promise.all(this.#writing)
  }

  /** The events of `names`, in order, read from disk the first time. */
  async load(names: readonly string[]): Promise<HistoryEvent[]> {
    for (const name of names)
      if (!this.#cache.has(name)) this.#cache.set(name, await this.#read(name))
    return this.loaded(names)
  }

  /** The events of `names` already in memory; throws for one that is not. */
  loaded(names: readonly string[]): HistoryEvent[] {
    return names.flatMap((name) => {
      const events = this.#cache.get(name)
      if (!events) throw new Error(`history segment ${name} is not loaded`)
      return events
    })
  }

  /** Reports each of `names` that has no file, without reading the others. */
  async checkPresent(names: readonly string[]): Promise<void> {
    for (const name of names)
      await access(join(this.dir, name)).catch(() => this.#skip(name, 'the file is missing'))
  }

  /** The segment files in the folder, named by the store or not. */
  async files(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    return names.filter((n) => SEGMENT_NAME.test(n))
  }

  /** Deletes a segment nothing names any more. */
  async remove(name: string): Promise<void> {
    if (!SEGMENT_NAME.test(name)) throw new Error('not a segment name')
    this.#cache.delete(name)
    await unlink(join(this.dir, name))
  }

  /** Encrypts every plain segment in place, when encryption is turned on (or finished). */
  async sealAll(): Promise<void> {
    for (const name of await this.files()) {
      const file = this.#file(name)
      if (await isSealedFile(file.path)) continue
      const text = await file.read()
      if (text !== null) await file.write(text)
    }
  }

  /**
   * A lost or damaged segment costs its own events, not the rest of the history nor the
   * store: it reads as empty and is reported once.
   */
  async #read(name: string): Promise<HistoryEvent[]> {
    let text: string | null
    try {
      text = await this.#file(name).read()
    } catch (error) {
      if (error instanceof NotSealedError)
        return this.#skip(name, 'it is not encrypted, although the rest of the folder is')
      if (!(error instanceof SealBrokenError)) throw error
      return this.#skip(name, 'its encryption does not check: it was changed or damaged')
    }
    if (text === null) return this.#skip(name, 'the file is missing')
    const parsed = Segment.safeParse(safeJson(text))
    if (!parsed.success) return this.#skip(name, 'its content is not valid history')
    return parsed.data
  }

  #skip(name: string, reason: string): HistoryEvent[] {
    this.#cache.set(name, [])
    this.report(join(this.dir, name), reason)
    return []
  }

  #file(name: string): DurableTextFile {
    return new DurableTextFile(join(this.dir, name), this.sealer, this.readOnly)
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
