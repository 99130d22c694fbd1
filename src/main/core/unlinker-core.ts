import type { z } from 'zod'
import { contract, isMethodName } from '../../shared/contract'
import type { AppInfo } from '../../shared/domain/app-info'
import { fail, ok, type Result } from '../../shared/result'
import { AccountRules } from './accounts/account-rules'
import { CaseRules } from './cases/case-rules'
import { buildHandlers, type Handlers } from './handlers'
import { PeopleRules } from './people/people-rules'
import { DomainError } from './errors'
import { lockDataFolder, type FolderLock } from './lock'
import { openStore, type OpenedStore } from './store/open-store'
import { StoreData } from './store/schema'

export interface CoreOptions {
  dataDir: string
  mode: AppInfo['mode']
  version: string
  now?: () => Date
}

/**
 * The one object that implements the contract. Electron IPC and web-mode HTTP both hand
 * it a method name and an untrusted input; it validates, runs, persists, and answers a
 * Result value.
 */
export class UnlinkerCore {
  private readonly handlers: Handlers

  private constructor(
    options: CoreOptions,
    private readonly store: OpenedStore,
    private readonly lock: FolderLock
  ) {
    const now = options.now ?? (() => new Date())
    const data = (): StoreData => this.store.db.data
    const cases = new CaseRules(data, now)
    this.handlers = buildHandlers({
      data,
      info: () => ({
        version: options.version,
        mode: options.mode,
        dataDir: options.dataDir,
        storePath: store.path,
        notices: store.notices
      }),
      cases,
      accounts: new AccountRules(data, cases, now),
      people: new PeopleRules(data, cases, now),
      mutate: (change) => this.mutate(change)
    })
  }

  /** Locks the data folder, then opens (and if needed repairs) the store in it. */
  static async open(options: CoreOptions): Promise<UnlinkerCore> {
    const lock = await lockDataFolder(options.dataDir)
    try {
      const store = await openStore(options.dataDir, options.now)
      return new UnlinkerCore(options, store, lock)
    } catch (error) {
      await lock.release()
      throw error
    }
  }

  /** Validates and runs one call. Never throws: every failure is an error value. */
  async call(name: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(name)) return fail('unknownMethod', `Unknown method: ${name.slice(0, 80)}`)
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

  async close(): Promise<void> {
    await this.store.file.write(JSON.stringify(this.store.db.data))
    await this.lock.release()
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
