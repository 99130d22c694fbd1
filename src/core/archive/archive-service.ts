import { unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { FileSource } from '../../shared/contract'
import type { ExportOutcome, Job } from '../../shared/domain/job'
import { DomainError } from '../errors'
import { translate } from '../i18n/messages'
import type { Jobs } from '../jobs/jobs'
import type { HistoryEvent } from '../../shared/domain/history'
import type { StoreData } from '../store/schema'
import type { Vault } from '../vault/vault'
import { exportArchive } from './export-archive'
import { mergeRecords, type MergeCounts, type RestoreMode } from './merge-records'
import { scanArchive, type ArchiveLimits } from './scan-archive'

/** What the app around the core offers: Electron has dialogs, web mode has downloads. */
export interface ArchiveHost {
  /** Asks where to save; null when the user cancels. Without it, exports go to `exports/`. */
  chooseExportFile?: (suggestedName: string) => Promise<string | null>
}

export interface ArchiveDeps {
  data: () => StoreData
  /** Every event, older segments included. */
  history: () => Promise<HistoryEvent[]>
  vault: Vault
  jobs: Jobs
  dataDir: string
  appVersion: string
  mode: 'electron' | 'web'
  now: () => Date
  host: ArchiveHost
  /** Runs `change` on the store with its whole history, and saves what it returns. */
  replace: (change: (current: StoreData) => StoreData) => Promise<void>
  limits?: Partial<ArchiveLimits>
}

/** Export, verify and restore, each as a job with progress and cancel. */
export class ArchiveService {
  constructor(private readonly deps: ArchiveDeps) {}

  get exportsDir(): string {
    return join(this.deps.dataDir, 'exports')
  }

  async startExport(language: string): Promise<Job> {
    const { deps } = this
    const now = deps.now()
    const name = `unlinker-proofs-${now.toISOString().slice(0, 16).replace(/[T:]/g, '-')}.zip`
    let destination = join(this.exportsDir, name)
    if (deps.host.chooseExportFile) {
      const chosen = await deps.host.chooseExportFile(name)
      if (!chosen) throw new DomainError('cancelled', 'No file was chosen.')
      destination = chosen
    }
    return deps.jobs.start('export', ({ signal, progress }) =>
      this.exportTo(destination, language, signal, progress)
    )
  }

  /** Writes the archive to `destination`, then reads it back to prove it verifies. */
  async exportTo(
    destination: string,
    language: string,
    signal?: AbortSignal,
    progress?: (done: number, total: number) => void
  ): Promise<ExportOutcome> {
    const { deps } = this
    const data = { ...structuredClone(deps.data()), history: await deps.history() }
    const total = data.proofs.reduce((sum, p) => sum + p.size, 0)
    const written = await exportArchive({
      data,
      vault: deps.vault,
      destination,
      appVersion: deps.appVersion,
      language,
      now: deps.now(),
      signal,
      onProgress: (done) => progress?.(done, total * 2)
    })
    const check = await scanArchive(destination, {
      signal,
      onProgress: (done) => progress?.(total + done, total * 2)
    })
    const fileName = basename(destination)
    const inExports = this.exportFile(fileName) === destination
    return {
      ...written,
      name: fileName,
      download: inExports ? `/exports/${encodeURIComponent(fileName)}` : null,
      verified: check.report
    }
  }

  async startVerify(source: FileSource): Promise<Job> {
    const { path, release } = this.#open(source)
    return this.deps.jobs.start('verify', async ({ signal, progress }) => {
      try {
        return (await scanArchive(path, { signal, onProgress: progress, limits: this.deps.limits }))
          .report
      } finally {
        await release()
      }
    })
  }

  async startRestore(source: FileSource, mode: RestoreMode): Promise<Job> {
    const { deps } = this
    const { path, release } = this.#open(source)
    return deps.jobs.start('restore', async ({ signal, progress }) => {
      try {
        return await this.restore(path, mode, signal, progress)
      } finally {
        await release()
      }
    })
  }

  /**
   * Checks the whole archive while copying its files aside, and only when everything is
   * intact and the merged records validate are the files kept and the store written.
   */
  async restore(
    path: string,
    mode: RestoreMode,
    signal?: AbortSignal,
    progress?: (done: number, total: number) => void
  ): Promise<MergeCounts> {
    const { vault } = this.deps
    const scan = await scanArchive(path, {
      signal,
      onProgress: progress,
      limits: this.deps.limits,
      stage: (stream) => vault.stageStream(stream)
    })
    const staged = [...scan.staged.values()]
    try {
      if (!scan.report.intact || !scan.manifest) {
        if (scan.report.notArchive)
          throw new DomainError(
            'badArchive',
            `${translate('en', 'archive.notArchiveTitle')}: ${translate('en', 'archive.notArchiveBody')}`,
            { key: 'notAnArchive' }
          )
        const what = [
          ...scan.report.problems.map((p) => translate('en', `archive.problem.${p}`)),
          ...scan.report.altered.map((p) => `altered: ${p}`),
          ...scan.report.missing.map((p) => `missing: ${p}`),
          ...scan.report.extra.map((p) => `unexpected: ${p}`)
        ]
        throw new DomainError(
          'badArchive',
          `The archive did not verify, so nothing was restored. ${what.slice(0, 5).join('; ')}`
        )
      }
      const manifest = scan.manifest
      // Fails early, before any file is kept, if the records cannot be merged.
      mergeRecords(this.deps.data(), manifest, mode)
      if (signal?.aborted) throw new DomainError('cancelled', 'The restore was cancelled.')
      for (const file of manifest.files) {
        const copy = scan.staged.get(file.path)
        if (copy) await vault.keep(copy)
      }
      let counts: MergeCounts | null = null
      await this.deps.replace((current) => {
        const merged = mergeRecords(current, manifest, mode)
        counts = merged.counts
        return merged.data
      })
      if (!counts) throw new DomainError('internal', 'The restore did not run.')
      return counts
    } finally {
      await Promise.all(staged.map((s) => unlink(s.path).catch(() => undefined)))
    }
  }

  /** The file behind a source; uploads are deleted once the job is done with them. */
  #open(source: FileSource): { path: string; release: () => Promise<void> } {
    if ('upload' in source) {
      const staged = this.deps.vault.takeUpload(source.upload)
      return { path: staged.path, release: () => this.deps.vault.discard(staged) }
    }
    if (this.deps.mode !== 'electron')
      throw new DomainError('notAvailable', 'Choose the file with the upload button.')
    return { path: source.path, release: async () => undefined }
  }

  /** A file in `exports/` by name, for web mode's download; null for anything else. */
  exportFile(name: string): string | null {
    if (!/^[\w.-]{1,200}\.zip$/.test(name) || name.startsWith('.')) return null
    return join(this.exportsDir, name)
  }
}
