import type { CoreOptions, PassphraseKeeper } from '../core-options'
import { DomainError, describeFailure } from '../errors'
import type { OpenedStore } from '../store/open-store'
import type { Vault } from '../vault/vault'
import {
  isSealing,
  newKeyFile,
  rewrapKey,
  sealedKeyFile,
  unwrapKey,
  writeKeyFile,
  type KeyFile,
  type OpenedKey
} from './key-file'
import { Sealer } from './sealer'

export interface EncryptionDeps {
  dataDir: string
  kdf: CoreOptions['kdf']
  keeper: PassphraseKeeper | undefined
  vault: Vault
  /** The store as it is now; locking and unlocking swap it for another. */
  store: () => OpenedStore
  /**
   * Opens the store with this key (unlocking), or as the locked placeholder (null); plain
   * files still read only while the folder is being sealed (`allowPlain`).
   */
  reopen: (key: Buffer | null, allowPlain: boolean) => Promise<OpenedStore> | OpenedStore
  /** Waits for running jobs: none may write while the key goes away or arrives. */
  settle: () => Promise<void>
  /** Deletes the plain copies (opened files, pending uploads, exports) a lock must not leave. */
  clearPlainCopies: () => Promise<void>
  /** Deletes what a sealing or a write cut short by a crash left behind. */
  clearLeftovers: () => Promise<void>
}

/**
 * Encryption at rest: the key file, the key while unlocked, and the passage between
 * plain, encrypted-and-unlocked and locked. The store and the vault follow its key.
 *
 * Sealing a folder is all or nothing. The key file is written first and says the sealing
 * has begun; only when the store, every snapshot, history segment and proof is sealed
 * does it say the folder is sealed. A crash or a full disk in between leaves a folder that
 * opens locked, and every unlock finishes the sealing (or says it could not). Once a
 * folder is sealed, a plain file in it is refused, never read nor overwritten.
 */
export class EncryptionService {
  #key: Buffer | null = null
  /** The key wrapping the data key: held only while the sealing is unfinished. */
  #kek: Buffer | null = null

  constructor(
    private readonly deps: EncryptionDeps,
    private keyFile: KeyFile | null
  ) {
    deps.vault.encrypted = keyFile !== null
    deps.vault.onlySealed = keyFile !== null && !isSealing(keyFile)
  }

  get state(): 'off' | 'on' | 'locked' {
    return this.keyFile ? (this.#key ? 'on' : 'locked') : 'off'
  }

  /** Encrypted and not unlocked: only a few calls answer. */
  get locked(): boolean {
    return this.state === 'locked'
  }

  /** Encryption is on but some files may still be plain: the sealing is to be finished. */
  get unfinished(): boolean {
    return this.keyFile !== null && isSealing(this.keyFile)
  }

  /**
   * Opens the data with the passphrase. A folder whose sealing was cut short is sealed
   * now; if that fails too (a full disk), the data still opens and a notice says what is
   * left plain, to be finished later.
   */
  async unlock(passphrase: string, remember: boolean): Promise<void> {
    if (!this.keyFile) throw new DomainError('conflict', 'This data is not encrypted.')
    if (this.#key) return
    const opened = await unwrapKey(this.keyFile, passphrase)
    const sealing = isSealing(this.keyFile)
    await this.deps.reopen(opened.key, sealing)
    this.#take(opened, sealing)
    if (sealing) await this.#finishOrSay()
    const keeper = this.deps.keeper
    if (keeper?.available()) await (remember ? keeper.save(passphrase) : keeper.clear())
  }

  /** Saves what is pending, then forgets the key and the data until the next unlock. */
  async lock(): Promise<void> {
    if (!this.keyFile || !this.#key) throw new DomainError('conflict', 'Turn encryption on first.')
    await this.deps.settle()
    const store = this.deps.store()
    if (!store.recovery) await store.file.write(JSON.stringify(store.db.data))
    await this.deps.reopen(null, false)
    this.deps.vault.key = null
    this.#key.fill(0)
    this.#key = null
    this.#kek?.fill(0)
    this.#kek = null
    await this.deps.clearPlainCopies()
  }

  /**
   * Seals the store, its snapshots, its history and every vault file under a new random
   * key wrapped by the passphrase. The key file goes first and says the sealing has begun:
   * after a crash the folder opens locked and the next unlock finishes. Called again while
   * the sealing is unfinished (a disk that was full), it finishes it.
   */
  async enable(passphrase: string): Promise<void> {
    if (this.keyFile && this.#key && this.unfinished) return this.finish()
    if (this.keyFile) throw new DomainError('conflict', 'Encryption is already on.')
    await this.deps.settle()
    const { file, key, kek } = await newKeyFile(passphrase, this.deps.kdf)
    await writeKeyFile(this.deps.dataDir, file)
    this.keyFile = file
    const sealer = new Sealer(key, { allowPlain: true })
    const store = this.deps.store()
    store.file.sealer = sealer
    store.snapshots.sealer = sealer
    store.history.sealer = sealer
    this.#take({ key, kek }, true)
    await this.finish()
    await this.deps.keeper?.clear()
  }

  /** Seals whatever is still plain, then records that the folder is sealed whole. */
  async finish(): Promise<void> {
    const key = this.#key
    const kek = this.#kek
    if (!this.keyFile || !key) throw new DomainError('conflict', 'Turn encryption on first.')
    if (!this.unfinished || !kek) return
    await this.deps.settle()
    const store = this.deps.store()
    if (!store.recovery) await store.file.write(JSON.stringify(store.db.data))
    await store.snapshots.sealAll()
    await store.history.sealAll()
    await this.deps.vault.sealAll()
    await this.deps.clearPlainCopies()
    await this.deps.clearLeftovers()
    const sealed = sealedKeyFile(this.keyFile, { key, kek })
    await writeKeyFile(this.deps.dataDir, sealed)
    this.keyFile = sealed
    for (const sealer of [store.file.sealer, store.snapshots.sealer, store.history.sealer])
      if (sealer) sealer.allowPlain = false
    this.deps.vault.onlySealed = true
    kek.fill(0)
    this.#kek = null
    store.notices = store.notices.filter((n) => n.kind !== 'sealingUnfinished')
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    if (!this.keyFile) throw new DomainError('conflict', 'Encryption is off.')
    const file = await rewrapKey(this.keyFile, current, next)
    await writeKeyFile(this.deps.dataDir, file)
    this.keyFile = file
    // The sealing, when unfinished, is recorded under the new passphrase's key.
    if (this.#kek) this.#kek = (await unwrapKey(file, next)).kek
    await this.deps.keeper?.clear()
  }

  #take(opened: OpenedKey, sealing: boolean): void {
    this.#key = opened.key
    const vault = this.deps.vault
    vault.key = opened.key
    vault.encrypted = true
    vault.onlySealed = !sealing
    if (sealing) this.#kek = opened.kek
    else opened.kek.fill(0)
  }

  async #finishOrSay(): Promise<void> {
    try {
      await this.finish()
    } catch (error) {
      const store = this.deps.store()
      store.notices = [
        ...store.notices.filter((n) => n.kind !== 'sealingUnfinished'),
        {
          kind: 'sealingUnfinished',
          path: this.deps.dataDir,
          reason: describeFailure(error, null).message
        }
      ]
    }
  }
}
