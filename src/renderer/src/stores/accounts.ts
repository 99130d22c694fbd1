import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { MethodInput } from '../../../shared/contract'
import type { Account, Status } from '../../../shared/domain/account'
import type { MergeUndo } from '../../../shared/domain/account-merge'
import type { Job } from '../../../shared/domain/job'
import type { AppError, Result } from '../../../shared/result'
import { api } from '../api/client'
import { sourceOf } from '../api/file-transfer'

/**
 * The accounts, as the core last confirmed them. A refused call changes nothing here
 * and hands its error back to the caller to show.
 */
export const useAccountsStore = defineStore('accounts', () => {
  // Shallow: every change replaces the array (and the changed accounts), so 10,000
  // accounts are not wrapped in reactive proxies one property at a time.
  const accounts = shallowRef<Account[]>([])
  const loaded = ref(false)
  const loadError = ref<string | null>(null)

  async function load(): Promise<void> {
    const result = await api.listAccounts({})
    if (result.ok) {
      accounts.value = result.data
      loaded.value = true
      loadError.value = null
    } else loadError.value = result.error.message
  }

  function upsert(changed: Account[]): void {
    const byId = new Map(changed.map((a) => [a.id, a]))
    const kept = accounts.value.map((a) => byId.get(a.id) ?? a)
    const known = new Set(accounts.value.map((a) => a.id))
    accounts.value = [...kept, ...changed.filter((a) => !known.has(a.id))]
  }

  function drop(id: string): void {
    accounts.value = accounts.value.filter((a) => a.id !== id)
  }

  function dropAll(ids: readonly string[]): void {
    const gone = new Set(ids)
    accounts.value = accounts.value.filter((a) => !gone.has(a.id))
  }

  async function apply<T>(
    call: Promise<Result<T>>,
    onOk: (data: T) => void
  ): Promise<AppError | null> {
    const result = await call
    if (!result.ok) return result.error
    onOk(result.data)
    return null
  }

  const create = (draft: MethodInput<'createAccount'>) =>
    apply(api.createAccount(draft), (a) => upsert([a]))
  const update = (id: string, patch: MethodInput<'updateAccount'>['patch']) =>
    apply(api.updateAccount({ id, patch }), (a) => upsert([a]))
  const setStatus = (ids: string[], status: Status) =>
    apply(api.setAccountStatus({ ids, status }), (list) => upsert(list))
  const tickStep = (id: string, stepId: string, ticked: boolean) =>
    apply(api.tickStep({ id, stepId, ticked }), (a) => upsert([a]))
  const addCustomStep = (id: string, title: string) =>
    apply(api.addCustomStep({ id, title }), (a) => upsert([a]))
  const removeCustomStep = (id: string, stepId: string) =>
    apply(api.removeCustomStep({ id, stepId }), (a) => upsert([a]))
  const addFromCatalog = (caseId: string | undefined, catalogIds: string[]) =>
    apply(api.addFromCatalog({ caseId, catalogIds }), (list) => upsert(list))

  /** Deletes and answers the deleted record, for undo. */
  async function remove(id: string): Promise<{ error: AppError | null; deleted: Account | null }> {
    const result = await api.deleteAccount({ id })
    if (!result.ok) return { error: result.error, deleted: null }
    drop(id)
    return { error: null, deleted: result.data }
  }

  const restore = (account: Account) => apply(api.restoreAccount({ account }), (a) => upsert([a]))

  /** Deletes a selection in one write and answers the deleted records, for one undo. */
  async function removeMany(
    ids: string[]
  ): Promise<{ error: AppError | null; deleted: Account[] }> {
    const result = await api.deleteAccounts({ ids })
    if (!result.ok) return { error: result.error, deleted: [] }
    dropAll(ids)
    return { error: null, deleted: result.data }
  }
  const restoreMany = (list: Account[]) =>
    apply(api.restoreAccounts({ accounts: list }), (restored) => upsert(restored))
  const move = (ids: string[], caseId: string) =>
    apply(api.moveAccounts({ ids, caseId }), (moved) => upsert(moved))

  /** Merges duplicates into the first; answers what undoing needs. */
  async function merge(
    keepId: string,
    otherIds: string[]
  ): Promise<{ error: AppError | null; undo: MergeUndo | null }> {
    const result = await api.mergeAccounts({ keepId, otherIds })
    if (!result.ok) return { error: result.error, undo: null }
    dropAll(otherIds)
    upsert([result.data.account])
    return { error: null, undo: result.data.undo }
  }
  const undoMerge = (undo: MergeUndo) => apply(api.undoMerge(undo), (back) => upsert(back))

  /** Hands the chosen file to main (its path, or an upload in web mode), then reads it as a job. */
  async function startDiscover(file: File): Promise<Result<Job>> {
    const source = await sourceOf(file)
    return source.ok ? api.startDiscoverAccounts({ source: source.data }) : source
  }

  /**
   * Adds the candidates the user ticked, in one write, and merges the evidence found for
   * accounts already in the list into them; answers how many were added.
   */
  async function addDiscovered(
    caseId: string | undefined,
    picks: MethodInput<'addDiscovered'>['picks'],
    trackedEvidence: MethodInput<'addDiscovered'>['trackedEvidence'] = []
  ): Promise<{ error: AppError | null; added: number }> {
    const result = await api.addDiscovered({ caseId, picks, trackedEvidence })
    if (!result.ok) return { error: result.error, added: 0 }
    upsert(result.data)
    return { error: null, added: result.data.length }
  }

  return {
    accounts,
    loaded,
    loadError,
    load,
    create,
    update,
    setStatus,
    tickStep,
    addCustomStep,
    removeCustomStep,
    addFromCatalog,
    remove,
    restore,
    removeMany,
    restoreMany,
    move,
    merge,
    undoMerge,
    startDiscover,
    addDiscovered
  }
})
