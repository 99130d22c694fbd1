import {
  Account,
  AccountDraft,
  type AccountFields,
  type AccountPatch,
  type Status
} from '../../../shared/domain/account'
import type { FieldChange, HistoryEvent } from '../../../shared/domain/history'
import { DomainError } from '../errors'
import { newId } from '../ids'
import type { StoreData } from '../store/schema'

type Clock = () => Date

/** The account rules, applied to the store's data in memory; the caller persists. */
export class AccountRules {
  constructor(
    private readonly data: () => StoreData,
    private readonly now: Clock
  ) {}

  create(draft: AccountDraft): Account {
    const fields = AccountDraft.parse(draft)
    const at = this.now().toISOString()
    const account: Account = { id: newId(), ...fields, createdAt: at, updatedAt: at }
    this.data().accounts.push(account)
    this.record(account, 'created', at, diff(null, account))
    return account
  }

  update(id: string, patch: AccountPatch): Account {
    const account = this.find(id)
    const changes = diff(account, { ...account, ...patch })
    if (Object.keys(changes).length === 0) return account
    const at = this.now().toISOString()
    Object.assign(account, patch, { updatedAt: at })
    this.record(account, 'updated', at, changes)
    return account
  }

  /** Sets one status on many accounts; unknown ids refuse the whole action. */
  setStatus(ids: string[], status: Status): Account[] {
    const accounts = [...new Set(ids)].map((id) => this.find(id))
    const at = this.now().toISOString()
    for (const account of accounts) {
      if (account.status === status) continue
      const changes = { status: { from: account.status, to: status } }
      account.status = status
      account.updatedAt = at
      this.record(account, 'updated', at, changes)
    }
    return accounts
  }

  delete(id: string): Account {
    const account = this.find(id)
    const accounts = this.data().accounts
    accounts.splice(accounts.indexOf(account), 1)
    this.record(account, 'deleted', this.now().toISOString())
    return account
  }

  /** Undo of a delete: the same record comes back under the same id. */
  restore(account: Account): Account {
    if (this.data().accounts.some((a) => a.id === account.id)) {
      throw new DomainError('conflict', 'This account already exists.')
    }
    const restored = Account.parse(account)
    this.data().accounts.push(restored)
    this.record(restored, 'restored', this.now().toISOString())
    return restored
  }

  private find(id: string): Account {
    const account = this.data().accounts.find((a) => a.id === id)
    if (!account) throw new DomainError('notFound', 'This account no longer exists.')
    return account
  }

  private record(
    account: Account,
    action: HistoryEvent['action'],
    at: string,
    changes?: Record<string, FieldChange>
  ): void {
    const event: HistoryEvent = { id: newId(), at, entity: 'account', entityId: account.id, label: account.name, action }
    if (changes && Object.keys(changes).length > 0) event.changes = changes
    this.data().history.push(event)
  }
}

const TRACKED: Array<keyof AccountFields> = ['name', 'category', 'usages', 'settingsUrl', 'notes', 'status']

function diff(before: AccountFields | null, after: AccountFields): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {}
  for (const key of TRACKED) {
    const from = before ? before[key] : null
    const to = after[key]
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to }
  }
  return changes
}
