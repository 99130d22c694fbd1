import { readFile, stat, unlink } from 'node:fs/promises'
import type { FileSource } from '../../../shared/contract'
import type { Account } from '../../../shared/domain/account'
import type { Person } from '../../../shared/domain/person'
import type { AccountRules } from '../accounts/account-rules'
import { draftFromEntry } from '../catalog/account-from-entry'
import type { Catalog } from '../catalog/catalog'
import type { CaseRules } from '../cases/case-rules'
import { DomainError } from '../errors'
import type { Handlers } from '../handlers'
import type { Jobs } from '../jobs/jobs'
import type { PeopleRules } from '../people/people-rules'
import type { StoreData } from '../store/schema'
import type { Vault } from '../vault/vault'
import { discoverAccountsOffThread, discoverContactsOffThread } from './off-thread'
import { MAX_EXPORT_BYTES } from './parse-export'

export interface DiscoverDeps {
  data: () => StoreData
  mode: 'electron' | 'web'
  vault: Vault
  catalog: () => Catalog
  cases: CaseRules
  accounts: AccountRules
  people: PeopleRules
  mutate: <T>(change: () => T) => Promise<T>
  jobs: Jobs
}

/**
 * Reads a chosen file whole (exports are small) and, for an upload, deletes the copy at
 * once, whatever happens: a password export holds secrets and must not stay in the data
 * folder. Callers read the source first, before any check that may refuse the call.
 */
async function readSource(deps: DiscoverDeps, source: FileSource): Promise<Buffer> {
  if ('upload' in source) {
    const staged = deps.vault.takeUpload(source.upload)
    try {
      if (staged.size > MAX_EXPORT_BYTES)
        throw new DomainError(
          'badFile',
          'This file is far larger than a password export (the limit is 50 MB).'
        )
      return await readFile(staged.path)
    } finally {
      await unlink(staged.path).catch(() => undefined)
    }
  }
  if (deps.mode !== 'electron')
    throw new DomainError('notAvailable', 'Choose the file with the upload button.')
  const info = await stat(source.path).catch(() => null)
  if (!info?.isFile()) throw new DomainError('unreadable', `Cannot read ${source.path}.`)
  if (info.size > MAX_EXPORT_BYTES)
    throw new DomainError(
      'badFile',
      'This file is far larger than a password export (the limit is 50 MB).'
    )
  return readFile(source.path)
}

type DiscoverMethods =
  | 'discoverAccounts'
  | 'startDiscoverAccounts'
  | 'addDiscovered'
  | 'discoverContacts'
  | 'startDiscoverContacts'
  | 'addPeople'

export function buildDiscoverHandlers(deps: DiscoverDeps): Pick<Handlers, DiscoverMethods> {
  const { cases, accounts, people, mutate, jobs } = deps
  return {
    discoverAccounts: async ({ source, caseId }) => {
      // The export is read, and an uploaded one deleted, before anything else can refuse.
      const bytes = await readSource(deps, source)
      const target = cases.find(caseId ?? cases.defaultCaseId())
      // Parsed and matched in a worker thread: a 40 MB export must not hold the app.
      return discoverAccountsOffThread(bytes, target, deps.data().accounts)
    },
    // The same, as a job the UI follows: reading, then matching, and it can be cancelled.
    startDiscoverAccounts: async ({ source, caseId }) => {
      const bytes = await readSource(deps, source)
      const target = cases.find(caseId ?? cases.defaultCaseId())
      const tracked = deps.data().accounts
      return jobs.start('discoverAccounts', (control) =>
        discoverAccountsOffThread(bytes, target, tracked, control)
      )
    },
    addDiscovered: ({ caseId, picks }) =>
      mutate(() => {
        const target = caseId ?? cases.defaultCaseId()
        return picks.map((pick): Account => {
          const entry = pick.catalogId ? deps.catalog().find(pick.catalogId) : undefined
          const base = entry
            ? draftFromEntry(entry)
            : { name: pick.name, category: pick.category, catalogId: null }
          return accounts.create({ ...base, usages: pick.usages, caseId: target })
        })
      }),
    discoverContacts: async ({ source }) =>
      discoverContactsOffThread(await readSource(deps, source)),
    startDiscoverContacts: async ({ source }) => {
      const bytes = await readSource(deps, source)
      return jobs.start('discoverContacts', (control) => discoverContactsOffThread(bytes, control))
    },
    addPeople: ({ caseId, people: picked }) =>
      mutate(() =>
        picked.map((p): Person =>
          people.create({ name: p.name, contact: p.contact, caseId, status: 'toNotify' })
        )
      )
  }
}
