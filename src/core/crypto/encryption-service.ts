import type { CoreOptions, PassphraseKeeper } from '../core-options'
import { DomainError } from '../errors'
import type { OpenedStore } from '../store/open-store'
import type { Vault } from '../vault/vault'
import { newKeyFile, rewrapKey, unwrapKey, writeKeyFile, type KeyFile } from './key-file'
import { Sealer } from './sealer'

export interface EncryptionDeps {
  dataDir: string
  kdf: CoreOptions['kdf']
  keeper: PassphraseKeeper | undefined
  vault: Vault
  /** The store as it is now; locking and unlocking swap it for another. */
  store: () => OpenedStore
  /** Opens the store with this key (unlocking), or as the locked placeholder (null). */
  reopen: (key: Buffer | null) => Promise<OpenedStore> | OpenedStore
  /** Waits for running jobs: none may write while the key goes away. */
  settle: () => Promise<void>
  /** Deletes the plain copies (opened files, pending uploads) a lock must not leave. */
  clearPlainCopies: () => Promise<void>
}

/**
 * Encryption at rest: the key file, the key while unlocked, and the passage between
 * plain, encrypted-and-unlocked and locked. The store and the vault follow its key.
 */
export class EncryptionService {
  #key: Buffer | null = null

  constructor(
    private readonly deps: EncryptionDeps,
    private keyFile: KeyFile | null
  ) {}

  get state(): 'off' | 'on' | 'locked' {
    return this.keyFile ? (this.#key ? 'on' : 'locked') : 'off'
  }

  /** Encrypted and not unlocked: only a few calls answer. */
  get locked(): boolean {
    return this.state === 'locked'
  }

  async unlock(passphrase: string, remember: boolean): Promise<void> {
    if (!this.keyFile) throw new DomainError('conflict', 'This data is not encrypted.')
    if (this.#key) return
    const key = await unwrapKey(this.keyFile, passphrase)
    await this.deps.reopen(key)
    this.#key = key
    this.deps.vault.key = key
    const keeper = this.deps.keeper
    if (keeper?.available()) await (remember ? keeper.save(passphrase) : keeper.clear())
  }

  /** Saves what is pending, then forgets the key and the data until the next unlock. */
  async lock(): Promise<void> {
    if (!this.keyFile || !this.#key) throw new DomainError('conflict', 'Turn encryption on first.')
    await this.deps.settle()
    const store = this.deps.store()
    if (!store.recovery) await store.file.write(JSON.stringify(store.db.data))
    await this.deps.reopen(null)
    this.deps.vault.key = null
    this.#key.fill(0)
    this.#key = null
    await this.deps.clearPlainCopies()
  }

  /**
   * Seals the store, its snapshots and every vault file under a new random key wrapped
   * by the passphrase. The key file goes first: after a crash the folder opens locked and
   * reads whatever is still plain.
   */
  async enable(passphrase: string): Promise<void> {
    if (this.keyFile) throw new DomainError('conflict', 'Encryption is already on.')
    const { file, key } = await newKeyFile(passphrase, this.deps.kdf)
    await writeKeyFile(this.deps.dataDir, file)
    const sealer = new Sealer(key)
    this.keyFile = file
    this.#key = key
    const store = this.deps.store()
    store.file.sealer = sealer
    store.snapshots.sealer = sealer
    await store.file.write(JSON.stringify(store.db.data))
    await store.snapshots.sealAll()
    store.history.sealer = sealer
    await store.history.sealAll()
    this.deps.vault.key = key
    await this.deps.vault.sealAll()
    await this.deps.keeper?.clear()
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    if (!this.keyFile) throw new DomainError('conflict', 'Encryption is off.')
    const file = await rewrapKey(this.keyFile, current, next)
    await writeKeyFile(this.deps.dataDir, file)
    this.keyFile = file
    await this.deps.keeper?.clear()
  }
}
