import type { z } from 'zod'
import { contract, isMethodName } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { AccountRules } from './accounts/account-rules'
import { CaseRules } from './cases/case-rules'
import { buildHandlers, type Handlers } from './handlers'
import { PeopleRules } from './people/people-rules'
import { DomainError } from './errors'
import { lockDataFolder, type FolderLock } from './lock'
import { openStore, type OpenedStore } from './store/open-store'
import { StoreData, emptyStore } from './store/schema'
import { describe } from './store/open-store'
import { migrate } from './store/migrations'
import type { AppInfo, Recovery } from '../../shared/domain/app-info'
import { ArchiveService, type ArchiveHost } from './archive/archive-service'
import type { ArchiveLimits } from './archive/scan-archive'
import { loadExampleData } from './demo/load-demo'
import { Jobs } from './jobs/jobs'
import { buildProofHandlers, type ProofHost } from './proofs/proof-handlers'
import { ProofRules } from './proofs/proof-rules'
import type { StagedFile } from './vault/staged-file'
import { Vault } from './vault/vault'
import { rename } from 'node:fs/promises'
import type { Readable } from 'node:stream'

export interface CoreOptions {
  dataDir: string
  mode: AppInfo['mode']
  version: string
  now?: () => Date
  /** What the surrounding app offers: dialogs and the system viewer in Electron. */
  host?: ArchiveHost & ProofHost & LifeHost
  maxProofBytes?: number
  archiveLimits?: Partial<ArchiveLimits>
}

/** How the app around the core ends itself or moves to another folder. */
export interface LifeHost {
  quit?: () => void
  /** Asks for a folder and restarts on it; false when the user cancels. */
  chooseDataFolder?: () => Promise<boolean>
}

/** Calls that work while the store is in recovery; everything else waits for a decision. */
const RECOVERY_METHODS = new Set<string>([
  'getAppInfo',
  'recoverFromSnapshot',
  'recoverEmpty',
  'chooseDataFolder',
  'quitApp'
])

/** A vault file as the renderer shows it (web mode's /proofs/<id>, Electron's app://). */
export interface ProofFile {
  path: string
  mediaType: string
  name: string
  size: number
}

/**
 * The one object that implements the contract. Electron IPC and web-mode HTTP both hand
 * it a method name and an untrusted input; it validates, runs, persists, and answers a
 * Result value.
 */
export class UnlinkerCore {
  private readonly handlers: Handlers
  private readonly vault: Vault
  private readonly jobs = new Jobs()
  private readonly archive: ArchiveService
  private readonly proofs: ProofRules

  private readonly now: () => Date

  private constructor(
    private readonly options: CoreOptions,
    private readonly store: OpenedStore,
    private readonly lock: FolderLock
  ) {
    const now = options.now ?? (() => new Date())
    this.now = now
    const data = (): StoreData => this.store.db.data
    const cases = new CaseRules(data, now)
    const host = options.host ?? {}
    const mode = options.mode
    const mutate = <T>(change: () => T): Promise<T> => this.mutate(change)
    this.vault = new Vault(options.dataDir, options.maxProofBytes)
    this.proofs = new ProofRules(data, cases, now)
    this.archive = new ArchiveService({
      data,
      vault: this.vault,
      jobs: this.jobs,
      dataDir: options.dataDir,
      appVersion: options.version,
      mode,
      now,
      host,
      limits: options.archiveLimits,
      replace: async (change) => {
        await this.store.snapshots.take(JSON.stringify(this.store.db.data), 'pre-restore', now())
        await this.mutate(() => {
          this.store.db.data = change(this.store.db.data)
        })
      }
    })
    const accounts = new AccountRules(data, cases, now)
    const people = new PeopleRules(data, cases, now)
    const base = buildHandlers({
      data,
      info: () => this.info(),
      cases,
      accounts,
      people,
      mutate
    })
    this.handlers = {
      ...base,
      ...buildProofHandlers({
        data,
        dataDir: options.dataDir,
        mode,
        vault: this.vault,
        proofs: this.proofs,
        archive: this.archive,
        jobs: this.jobs,
        host,
        mutate
      }),
      recoverFromSnapshot: ({ name }) => this.recoverFromSnapshot(name),
      recoverEmpty: () => this.recoverEmpty(),
      chooseDataFolder: async () => {
        if (!host.chooseDataFolder)
          throw new DomainError(
            'notAvailable',
            'Stop Unlinker and start it again with --data pointing to the other folder.'
          )
        return { switching: await host.chooseDataFolder() }
      },
      quitApp: async () => {
        if (!host.quit) throw new DomainError('notAvailable', 'Close this window to leave.')
        // Answer first, then go: the window should hear that the app is closing.
        setTimeout(() => host.quit?.(), 50)
        return { quitting: true as const }
      },
      loadExampleData: () =>
        loadExampleData({
          data,
          vault: this.vault,
          cases,
          accounts,
          people,
          proofs: this.proofs,
          mutate,
          now
        })
    }
  }

  /** Locks the data folder, then opens (and if needed repairs) the store in it. */
  static async open(options: CoreOptions): Promise<UnlinkerCore> {
    const lock = await lockDataFolder(options.dataDir)
    try {
      const store = await openStore(options.dataDir, options.now)
      const core = new UnlinkerCore(options, store, lock)
      await core.vault.clearIncoming()
      return core
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  /** Validates and runs one call. Never throws: every failure is an error value. */
  async call(name: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(name)) return fail('unknownMethod', `Unknown method: ${name.slice(0, 80)}`)
    if (this.store.recovery && !RECOVERY_METHODS.has(name))
      return fail(
        'storeUnavailable',
        'Your data file could not be read. Choose what to do on the recovery screen first.'
      )
    const schema: z.ZodType = contract[name].input
    const parsed = schema.safeParse(input ?? {})
    if (!parsed.success) {
      const fields: Record<string, string> = {}
      for (const issue of parsed.error.issues) {
        const key = issue.path.join('.') || '_'
        fields[key] ??= issue.message
      }
      const first = parsed.error.issues[0]
      const where = first && first.path.length ? `${first.path.join('.')}: ` : ''
      return fail(
        'invalidInput',
        `Invalid input — ${where}${first?.message ?? 'not accepted'}`,
        fields
      )
    }
    try {
      const handler = this.handlers[name] as (input: unknown) => Promise<unknown>
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message)
      return fail(
        'internal',
        `Something went wrong: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }

  /** Web mode's upload: streams a file into the data folder; the answer names it. */
  async stageUpload(source: Readable): Promise<Result<{ upload: string; size: number }>> {
    try {
      const staged: StagedFile = await this.vault.stageStream(source)
      return ok({ upload: this.vault.holdUpload(staged), size: staged.size })
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message)
      return fail('internal', `The upload failed: ${(error as Error).message}`)
    }
  }

  get maxUploadBytes(): number {
    return this.vault.maxBytes
  }

  /** The file behind a proof id, or null for an id we do not know. */
  proofFile(id: string): ProofFile | null {
    const proof = this.store.db.data.proofs.find((p) => p.id === id)
    if (!proof) return null
    return {
      path: this.vault.fileOf(proof.sha256),
      mediaType: proof.mediaType,
      name: proof.originalName,
      size: proof.size
    }
  }

  /** An archive written to `exports/`, for web mode's download. */
  exportFile(name: string): string | null {
    return this.archive.exportFile(name)
  }

  /** The archive service itself, for the command line's export, verify and restore. */
  get archives(): ArchiveService {
    return this.archive
  }

  async close(): Promise<void> {
    await this.jobs.settle()
    if (this.store.recovery) {
      await this.lock.release()
      return
    }
    const text = JSON.stringify(this.store.db.data)
    await this.store.file.write(text)
    await this.store.snapshots.take(text, 'daily', this.now())
    await this.lock.release()
  }

  /** Set while the store could not be read and the user has not chosen what to do. */
  get recovery(): Recovery | null {
    return this.store.recovery
  }

  private info(): AppInfo {
    return {
      version: this.options.version,
      mode: this.options.mode,
      dataDir: this.options.dataDir,
      storePath: this.store.path,
      notices: this.store.notices,
      recovery: this.store.recovery,
      canChooseFolder: Boolean(this.options.host?.chooseDataFolder)
    }
  }

  private async recoverFromSnapshot(name: string): Promise<AppInfo> {
    const recovery = this.requireRecovery()
    let data: StoreData
    try {
      const text = await this.store.snapshots.read(name)
      data = StoreData.parse(migrate(JSON.parse(text)).data)
    } catch (error) {
      throw new DomainError('badArchive', `This snapshot cannot be used either: ${describe(error)}`)
    }
    await rename(recovery.storePath, recovery.keptAside)
    this.store.db.data = data
    await this.store.db.write()
    this.leaveRecovery(recovery)
    return this.info()
  }

  private async recoverEmpty(): Promise<AppInfo> {
    const recovery = this.requireRecovery()
    await rename(recovery.storePath, recovery.keptAside)
    this.store.db.data = emptyStore()
    await this.store.db.write()
    this.leaveRecovery(recovery)
    return this.info()
  }

  private requireRecovery(): Recovery {
    if (!this.store.recovery)
      throw new DomainError('conflict', 'Your data is fine; nothing to recover.')
    return this.store.recovery
  }

  /** The decision is made; the kept-aside file stays mentioned until dismissed. */
  private leaveRecovery(recovery: Recovery): void {
    this.store.recovery = null
    this.store.notices.push({
      kind: 'storeKeptAside',
      path: recovery.keptAside,
      reason: recovery.reason
    })
  }

  get storeFile(): OpenedStore['file'] {
    return this.store.file
  }

  /** Applies a change in memory and persists it; if the disk refuses, memory goes back. */
  private async mutate<T>(change: () => T): Promise<T> {
    const result = change()
    try {
      await this.store.db.write()
    } catch (error) {
      const text = await this.store.file.read()
      if (text !== null) this.store.db.data = StoreData.parse(JSON.parse(text))
      throw new DomainError(
        'storeUnavailable',
        `Could not save the change: ${(error as Error).message}`
      )
    }
    return result
  }
}
