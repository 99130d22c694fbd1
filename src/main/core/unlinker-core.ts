import type { z } from 'zod'
import type { CoreOptions, ProofFile } from './core-options'
import { contract, isMethodName } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { AccountRules } from './accounts/account-rules'
import { CaseRules } from './cases/case-rules'
import { buildHandlers, type Handlers } from './handlers'
import { PeopleRules } from './people/people-rules'
import { DiskFullError, DomainError, describeFailure } from './errors'
import { lockDataFolder, type FolderLock } from './lock'
import { lockedStore, openStore, type OpenedStore } from './store/open-store'
import { buildRecoveryHandlers, RECOVERY_METHODS } from './store/recovery-handlers'
import { pruneSegments } from './store/segment-pruning'
import type { StoreData } from './store/schema'
import { replaceWhole, saveChange, wholeHistory } from './store/store-changes'
import type { AppInfo, Recovery } from '../../shared/domain/app-info'
import { ArchiveService } from './archive/archive-service'
import { loadExampleData } from './demo/load-demo'
import { removeExampleData } from './demo/remove-demo'
import { buildDiscoverHandlers } from './discover/discover-handlers'
import { appCatalog } from './catalog/catalog'
import { buildCatalogHandlers } from './catalog/catalog-handlers'
import { buildCalendarHandlers } from './calendar/calendar-handlers'
import { buildGuidanceHandlers } from './guidance/guidance-handlers'
import { Jobs } from './jobs/jobs'
import { buildProofHandlers } from './proofs/proof-handlers'
import { buildPreferenceHandlers } from './preferences/preference-handlers'
import { ProofRules } from './proofs/proof-rules'
import type { StagedFile } from './vault/staged-file'
import { Vault } from './vault/vault'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import type { Readable } from 'node:stream'
import { buildEncryptionHandlers, EncryptionService } from './crypto/encryption-service'
import { readKeyFile, type KeyFile } from './crypto/key-file'
import { Sealer } from './crypto/sealer'

export type { CoreOptions, LifeHost, PassphraseKeeper, ProofFile } from './core-options'

/** Calls that work while the data is encrypted and locked. */
// The preferences answer from their plain copy: the lock screen speaks the chosen language.
const LOCKED_METHODS = new Set<string>(['getAppInfo', 'getPreferences', 'unlock', 'quitApp'])

/** Calls whose uploaded file is deleted even when the call is refused as invalid. */
const DISCARD_WHEN_REFUSED = new Set<string>([
  'discoverAccounts',
  'startDiscoverAccounts',
  'discoverContacts',
  'startDiscoverContacts'
])

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
  private readonly encryption: EncryptionService

  private constructor(
    private readonly options: CoreOptions,
    private store: OpenedStore,
    private readonly lock: FolderLock,
    keyFile: KeyFile | null
  ) {
    const now = options.now ?? (() => new Date())
    this.now = now
    const data = (): StoreData => this.store.db.data
    const cases = new CaseRules(data, now)
    const host = options.host ?? {}
    const mode = options.mode
    const mutate = <T>(change: () => T): Promise<T> => this.mutate(change)
    this.vault = new Vault(options.dataDir, options.maxProofBytes)
    this.encryption = new EncryptionService(
      {
        dataDir: options.dataDir,
        kdf: options.kdf,
        keeper: host.keeper,
        vault: this.vault,
        store: () => this.store,
        reopen: async (key) => {
          this.store = key
            ? await openStore(options.dataDir, {
                now,
                sealer: new Sealer(key),
                historyTail: options.historyTail,
                warn: warnOf(options)
              })
            : lockedStore(options.dataDir)
          return this.store
        },
        settle: () => this.jobs.settle(),
        clearPlainCopies: () => this.clearPlainCopies()
      },
      keyFile
    )
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
      history: () => wholeHistory(this.store),
      replace: async (change) => {
        await this.store.snapshots.take(JSON.stringify(this.store.db.data), 'pre-restore', now())
        await replaceWhole(this.store, change, now())
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
      mutate,
      history: () => wholeHistory(this.store),
      catalog: appCatalog
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
      ...buildDiscoverHandlers({
        data,
        mode,
        vault: this.vault,
        catalog: appCatalog,
        cases,
        accounts,
        people,
        mutate,
        jobs: this.jobs
      }),
      ...buildCatalogHandlers(appCatalog),
      ...buildCalendarHandlers({ data, now, mutate }),
      ...buildGuidanceHandlers({ data, now }),
      ...buildPreferenceHandlers({
        dataDir: options.dataDir,
        data,
        storeReadable: () => !this.store.recovery && !this.encryption.locked,
        mutate
      }),
      ...buildEncryptionHandlers(this.encryption, () => this.info()),
      ...buildRecoveryHandlers(
        () => this.store,
        () => this.info()
      ),
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
        // Both hosts stop only after in-flight answers are out (Electron holds 'before-quit'
        // until the core has closed; the web server's close lets open responses finish), so
        // the window still hears this answer.
        host.quit()
        return { quitting: true as const }
      },
      removeExampleData: () =>
        removeExampleData({
          data,
          vault: this.vault,
          cases,
          accounts,
          people,
          proofs: this.proofs,
          mutate,
          now
        }),
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

  /**
   * Locks the data folder, then opens (and if needed repairs) the store in it. An
   * encrypted folder opens locked, unless a remembered passphrase unlocks it.
   */
  static async open(options: CoreOptions): Promise<UnlinkerCore> {
    const lock = await lockDataFolder(options.dataDir)
    try {
      const keyFile = await readKeyFile(options.dataDir)
      const store = keyFile
        ? lockedStore(options.dataDir)
        : await openStore(options.dataDir, {
            now: options.now,
            historyTail: options.historyTail,
            warn: warnOf(options)
          })
      const core = new UnlinkerCore(options, store, lock, keyFile)
      await core.vault.clearIncoming()
      await rm(join(options.dataDir, 'opened'), { recursive: true, force: true })
      const remembered = keyFile ? await options.host?.keeper?.load() : null
      if (remembered) await core.encryption.unlock(remembered, true).catch(() => undefined)
      return core
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  /** Validates and runs one call. Never throws: every failure is an error value. */
  async call(name: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(name)) return fail('unknownMethod', `Unknown method: ${name.slice(0, 80)}`)
    const refused = this.gate(name)
    if (refused) return refused
    const schema: z.ZodType = contract[name].input
    const parsed = schema.safeParse(input ?? {})
    if (!parsed.success) {
      await this.discardRefusedUpload(name, input)
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
      const { code, message } = describeFailure(error)
      return fail(code, message)
    }
  }

  /**
   * A password export or an address book uploaded for a call that was refused as invalid
   * is deleted at once: it holds secrets and no later call will name it.
   */
  private async discardRefusedUpload(name: string, input: unknown): Promise<void> {
    if (!DISCARD_WHEN_REFUSED.has(name)) return
    const upload = (input as { source?: { upload?: unknown } } | null)?.source?.upload
    if (typeof upload === 'string') await this.vault.discardUpload(upload)
  }

  /** Locked data and an unreadable store each allow only their own few calls. */
  private gate(name: string): Result<never> | null {
    if (this.encryption.locked && !LOCKED_METHODS.has(name))
      return fail('locked', 'Unlinker is locked. Enter your passphrase first.')
    if (this.store.recovery && !RECOVERY_METHODS.has(name))
      return fail(
        'storeUnavailable',
        'Your data file could not be read. Choose what to do on the recovery screen first.'
      )
    return null
  }

  /** Web mode's upload: streams a file into the data folder; the answer names it. */
  async stageUpload(source: Readable): Promise<Result<{ upload: string; size: number }>> {
    const refused = this.gate('attachProof')
    if (refused) return refused
    try {
      const staged: StagedFile = await this.vault.stageStream(source)
      return ok({ upload: this.vault.holdUpload(staged), size: staged.size })
    } catch (error) {
      const { code, message } = describeFailure(error, 'The upload failed')
      return fail(code, message)
    }
  }

  get maxUploadBytes(): number {
    return this.vault.maxBytes
  }

  /**
   * The proof behind an id, to stream to a preview; null for an id we do not know (or
   * while locked). A sealed proof is read once to check its tag before it is offered, and
   * is then decrypted as it streams: no plain copy is ever written for a preview.
   */
  async proofFile(id: string): Promise<ProofFile | null> {
    if (this.gate('listProofs')) return null
    const proof = this.store.db.data.proofs.find((p) => p.id === id)
    if (!proof) return null
    const { sha256 } = proof
    if (await this.vault.isSealed(sha256)) await this.vault.check(sha256)
    return {
      mediaType: proof.mediaType,
      name: proof.originalName,
      size: proof.size,
      open: () => this.vault.open(sha256)
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

  /**
   * Saves, refreshes the day's snapshot and lets go of the folder. Plain copies (files
   * opened in another program, uploads never attached) are deleted and the lock released
   * whatever happens; a failure is then reported in one sentence.
   */
  async close(): Promise<void> {
    try {
      await this.jobs.settle()
      if (this.store.recovery || this.encryption.locked) return
      const text = JSON.stringify(this.store.db.data)
      await this.saveOnClose(text)
      await this.store.snapshots.takeDaily(text, this.now(), warnOf(this.options))
      // Housekeeping only: a segment left for the next close is better than a close refused.
      await pruneSegments(this.store).catch(() => [])
    } finally {
      await this.clearPlainCopies().catch(() => undefined)
      await this.lock.release()
    }
  }

  /**
   * Every change is saved as it is made, so this write is a last safety net. On a full
   * disk it cannot be done, and need not be when the file already holds the same text.
   */
  private async saveOnClose(text: string): Promise<void> {
    try {
      await this.store.file.write(text)
    } catch (error) {
      if (!(error instanceof DiskFullError)) throw error
      const onDisk = await this.store.file.read().catch(() => null)
      // The same records, perhaps with their keys in another order.
      if (onDisk === null || !isDeepStrictEqual(JSON.parse(onDisk), JSON.parse(text))) throw error
    }
  }

  /** `opened/` (copies for the system viewer) and `incoming/` (uploads not yet kept). */
  private async clearPlainCopies(): Promise<void> {
    this.vault.forgetUploads()
    await this.vault.clearIncoming()
    await rm(join(this.options.dataDir, 'opened'), { recursive: true, force: true })
  }

  /** Set while the store could not be read and the user has not chosen what to do. */
  get recovery(): Recovery | null {
    return this.store.recovery
  }

  private info(): AppInfo {
    return {
      encryption: this.encryption.state,
      canRemember: Boolean(this.options.host?.keeper?.available()),
      version: this.options.version,
      mode: this.options.mode,
      dataDir: this.options.dataDir,
      storePath: this.store.path,
      notices: this.store.notices,
      recovery: this.store.recovery,
      canChooseFolder: Boolean(this.options.host?.chooseDataFolder)
    }
  }

  get storeFile(): OpenedStore['file'] {
    return this.store.file
  }

  /** Files saved so far: the store's replacements and the history segments written. */
  get diskWrites(): number {
    return this.store.file.writes + this.store.history.writes
  }

  private mutate<T>(change: () => T): Promise<T> {
    return saveChange(this.store, change, this.now())
  }
}

/** Where warnings go: the host's choice, else one line on stderr. */
function warnOf(options: CoreOptions): (message: string) => void {
  return options.warn ?? ((message) => void process.stderr.write(`unlinker: ${message}\n`))
}
