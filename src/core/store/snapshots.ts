import { mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { SnapshotInfo, SnapshotReason } from '../../shared/domain/app-info'
import type { Sealer } from '../crypto/sealer'
import { isSealedFile } from '../crypto/vault-cipher'
import { DurableTextFile } from './durable-text-file'

export const SNAPSHOT_DIR = 'snapshots'
/** One snapshot per day for two weeks; migrations and restores keep their own, fewer. */
const KEEP: Record<SnapshotReason, number> = { daily: 14, 'pre-migration': 10, 'pre-restore': 10 }
const NAME =
  /^unlinker-(\d{4}-\d{2}-\d{2})T(\d{2}-\d{2}-\d{2})-\d{3}Z-(daily|pre-migration|pre-restore)\.json$/

/**
 * Copies of the store that recovery can go back to. A daily snapshot is refreshed while
 * the day lasts (at start and at a clean close); one is also taken before every migration
 * and every restore. Each is written as durably as the store itself.
 */
export class Snapshots {
  readonly dir: string

  /** A read-only set (the data is locked) refuses to take a snapshot. */
  constructor(
    dataDir: string,
    public sealer: Sealer | null = null,
    private readonly readOnly = false
  ) {
    this.dir = join(dataDir, SNAPSHOT_DIR)
  }

  async take(text: string, reason: SnapshotReason, now: Date): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    const stamp = now.toISOString().replace(/[:.]/g, '-')
    const name = `unlinker-${stamp}-${reason}.json`
    // The new copy is on disk before an older one of the same day goes.
    await this.#file(name).write(text)
    if (reason === 'daily') {
      const day = now.toISOString().slice(0, 10)
      for (const old of await this.list())
        if (old.reason === 'daily' && old.at.startsWith(day) && old.name !== name)
          await unlink(join(this.dir, old.name))
    }
    await this.prune(reason)
  }

  /**
   * The day's copy. It is a safety net, not the data: one that cannot be written (a full
   * disk) is skipped with a warning, so the folder still opens and closes, and can be
   * exported elsewhere.
   */
  async takeDaily(text: string, now: Date, warn: (message: string) => void): Promise<boolean> {
    try {
      await this.take(text, 'daily', now)
      return true
    } catch (error) {
      warn(
        `Today's snapshot of the data was skipped: ${
          error instanceof Error ? lowerFirst(error.message) : String(error)
        }`
      )
      return false
    }
  }

  /**
   * Newest first. In a folder sealed whole a plain file is not one of ours (see
   * notSealed): it is never offered for recovery, replaced or pruned.
   */
  async list(): Promise<SnapshotInfo[]> {
    const all = await this.#named()
    if (!this.#sealedWhole()) return all
    const sealed: SnapshotInfo[] = []
    for (const snapshot of all)
      if (await isSealedFile(join(this.dir, snapshot.name))) sealed.push(snapshot)
    return sealed
  }

  /**
   * Plain files named as snapshots in a folder sealed whole: Unlinker did not write them
   * (a copy from an older backup, or from another folder), so they are neither read as
   * sealed data nor trusted, and are left exactly as they are for the user to decide.
   */
  async notSealed(): Promise<string[]> {
    if (!this.#sealedWhole()) return []
    const plain: string[] = []
    for (const snapshot of await this.#named()) {
      const path = join(this.dir, snapshot.name)
      if (!(await isSealedFile(path))) plain.push(path)
    }
    return plain
  }

  async #named(): Promise<SnapshotInfo[]> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    return names
      .map((name) => {
        const match = NAME.exec(name)
        if (!match) return null
        const at = `${match[1]}T${match[2]!.replace(/-/g, ':')}Z`
        return { name, at, reason: match[3] as SnapshotReason }
      })
      .filter((s): s is SnapshotInfo => s !== null)
      .sort((a, b) => b.name.localeCompare(a.name))
  }

  #sealedWhole(): boolean {
    return this.sealer !== null && !this.sealer.allowPlain
  }

  async read(name: string): Promise<string> {
    if (!NAME.test(name)) throw new Error('not a snapshot name')
    const text = await this.#file(name).read()
    if (text === null) throw new Error(`${name} is gone`)
    return text
  }

  /**
   * Encrypts every plain snapshot in place, when encryption is turned on (or its turning
   * on is finished); those already sealed are left as they are.
   */
  async sealAll(): Promise<void> {
    for (const snapshot of await this.list()) {
      const file = this.#file(snapshot.name)
      if (await isSealedFile(file.path)) continue
      const text = await file.read()
      if (text !== null) await file.write(text)
    }
  }

  #file(name: string): DurableTextFile {
    return new DurableTextFile(join(this.dir, name), this.sealer, this.readOnly)
  }

  private async prune(reason: SnapshotReason): Promise<void> {
    const same = (await this.list()).filter((s) => s.reason === reason)
    for (const old of same.slice(KEEP[reason])) await unlink(join(this.dir, old.name))
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
