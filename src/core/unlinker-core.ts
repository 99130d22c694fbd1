import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import {
  isMethodName,
  type MethodInput,
  type MethodName,
  type MethodOutput
} from '../shared/contract'
import type { AppInfo, Recovery } from '../shared/domain/app-info'
import { fail, ok, type Result } from '../shared/result'
import { AccountRules } from './accounts/account-rules'
import { ArchiveService } from './archive/archive-service'
import { allHandlers } from './call/all-handlers'
import { gateCall } from './call/call-gate'
import { checkInput } from './call/check-input'
import { uploadToDiscard } from './call/refused-upload'
import { CaseRules } from './cases/case-rules'
import type { CoreOptions, ProofFile } from './core-options'
import { EncryptionService } from './crypto/encryption-service'
import { readKeyFile, type KeyFile } from './crypto/key-file'
import { Sealer } from './crypto/sealer'
import { describeFailure } from './errors'
import type { Handlers } from './call/handler-types'
import { Jobs } from './jobs/jobs'
import { lockDataFolder, type FolderLock } from './lock'
import { PeopleRules } from './people/people-rules'
import { ProofRules } from './proofs/proof-rules'
import { lockedStore, openStore, type OpenedStore } from './store/open-store'
import { saveOnClose } from './store/save-on-close'
import type { StoreData } from './store/schema'
import { pruneSegments } from './store/segment-pruning'
import { removeLeftovers } from './store/leftovers'
import { replaceWhole, saveChange, wholeHistory } from './store/store-changes'
import type { StagedFile } from './vault/staged-file'
import { Vault } from './vault/vault'

export type { CoreOptions, LifeHost, PassphraseKeeper, ProofFile } from './core-options'

/** Calls that run alone: the key arrives, goes or changes while no other call runs. */
const EXCLUSIVE_METHODS = new Set<MethodName>([
  'unlock',
  'lock',
  'enableEncryption',
  'finishEncryption',
  'changePassphrase'
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

  private readonly now: () => Date
  private readonly encryption: EncryptionService
  /** Calls running now, each until it has answered. */
  readonly #inFlight = new Set<Promise<unknown>>()
  /** Set while a call that must run alone (EXCLUSIVE_METHODS) runs. */
  #exclusive: Promise<void> | null = null

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
        reopen: async (key, allowPlain) => {
          this.store = key
            ? await openStore(options.dataDir, {
                now,
                sealer: new Sealer(key, { allowPlain }),
                historyTail: options.historyTail,
                warn: warnOf(options)
              })
            : lockedStore(options.dataDir)
          return this.store
        },
        settle: () => this.jobs.settle(),
        clearPlainCopies: () => this.clearPlainCopies(),
        clearLeftovers: () => removeLeftovers(options.dataDir)
      },
      keyFile
    )
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
    this.handlers = allHandlers({
      options,
      data,
      store: () => this.store,
      now,
      mutate,
      history: () => wholeHistory(this.store),
      info: () => this.info(),
      vault: this.vault,
      jobs: this.jobs,
      archive: this.archive,
      encryption: this.encryption,
      cases,
      accounts: new AccountRules(data, cases, now),
      people: new PeopleRules(data, cases, now),
      proofs: new ProofRules(data, cases, now)
    })
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
      // What the last run left if it ended without closing: plain copies and cut writes.
      await core.clearPlainCopies()
      await removeLeftovers(options.dataDir)
      const remembered = keyFile ? await options.host?.keeper?.load() : null
      if (remembered) await core.encryption.unlock(remembered, true).catch(() => undefined)
      return core
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  /**
   * One call from a carrier of the contract (Electron IPC, web-mode HTTP): the name and
   * the input are untrusted. Validates and runs it; never throws: every failure is an
   * error value.
   */
  async call(name: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(name)) return fail('unknownMethod', `Unknown method: ${name.slice(0, 80)}`)
    return this.run(name, input)
  }

  /**
   * One call from the app's own code (the Electron glue, the command line): the same
   * checks and the same answers as `call`, typed by the contract on both sides.
   */
  invoke<M extends MethodName>(name: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
    return this.run(name, input)
  }

  private async run<M extends MethodName>(
    name: M,
    input: unknown
  ): Promise<Result<MethodOutput<M>>> {
    // A call that arrives while the key changes hands waits, then meets the new state.
    while (this.#exclusive) await this.#exclusive
    if (EXCLUSIVE_METHODS.has(name)) return this.#exclusively(() => this.#dispatch(name, input))
    const answer = this.#dispatch(name, input)
    this.#inFlight.add(answer)
    void answer.finally(() => this.#inFlight.delete(answer))
    return answer
  }

  /**
   * Runs `work` alone: calls that arrive meanwhile wait for it, and it starts only once
   * every call already running has ended. Locking, unlocking and sealing are done so: an
   * attachment that passed its checks before a lock is kept sealed before the key goes,
   * never renamed into the vault in plain text after.
   */
  async #exclusively<T>(work: () => Promise<T>): Promise<T> {
    let release: () => void = () => undefined
    this.#exclusive = new Promise<void>((resolve) => (release = resolve))
    try {
      await Promise.allSettled([...this.#inFlight])
      return await work()
    } finally {
      this.#exclusive = null
      release()
    }
  }

  async #dispatch<M extends MethodName>(name: M, input: unknown): Promise<Result<MethodOutput<M>>> {
    const refused = this.gate(name)
    if (refused) return refused
    const checked = checkInput(name, input)
    if (!checked.ok) {
      const upload = uploadToDiscard(name, input)
      if (upload) await this.vault.discardUpload(upload)
      return checked.refused
    }
    try {
      const handler: Handlers[M] = this.handlers[name]
      return ok(await handler(checked.data))
    } catch (error) {
      return { ok: false, error: describeFailure(error) }
    }
  }

  private gate(name: string): Result<never> | null {
    return gateCall(name, {
      locked: this.encryption.locked,
      recovering: Boolean(this.store.recovery)
    })
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
    // While encrypted, every proof is read once first: a sealed one must check, and in a
    // folder sealed whole a plain one is refused, naming its file.
    if (this.vault.key) await this.vault.check(sha256)
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

  /**
   * The archive was downloaded: the copy in `exports/` is deleted, so no plain archive of
   * the proofs stays in the data folder (those never downloaded go at lock, close and start).
   */
  async exportDelivered(name: string): Promise<void> {
    const path = this.archive.exportFile(name)
    if (path) await rm(path, { force: true })
  }

  /**
   * The archive service itself, for the command line's export and restore; its verify
   * reads an archive without opening a data folder.
   */
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
      while (this.#exclusive) await this.#exclusive
      await Promise.allSettled([...this.#inFlight])
      await this.jobs.settle()
      if (this.store.recovery || this.encryption.locked) return
      const text = JSON.stringify(this.store.db.data)
      await saveOnClose(this.store, text)
      await this.store.snapshots.takeDaily(text, this.now(), warnOf(this.options))
      // Housekeeping only: a segment left for the next close is better than a close refused.
      await pruneSegments(this.store).catch(() => [])
    } finally {
      await this.clearPlainCopies().catch(() => undefined)
      await this.lock.release()
    }
  }

  /**
   * `opened/` (copies for the system viewer), `incoming/` (uploads not yet kept) and
   * `exports/` (web mode's archives waiting to be downloaded): plain copies, each.
   */
  private async clearPlainCopies(): Promise<void> {
    this.vault.forgetUploads()
    await this.vault.clearIncoming()
    await rm(join(this.options.dataDir, 'opened'), { recursive: true, force: true })
    await rm(this.archive.exportsDir, { recursive: true, force: true })
  }

  /** Set while the store could not be read and the user has not chosen what to do. */
  get recovery(): Recovery | null {
    return this.store.recovery
  }

  private info(): AppInfo {
    return {
      encryption: this.encryption.state,
      encryptionUnfinished: this.encryption.unfinished,
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
