import { open, readFile, stat, unlink } from 'node:fs/promises'
import type { FileSource } from '../../shared/contract'
import type { Account } from '../../shared/domain/account'
import type { Person } from '../../shared/domain/person'
import type { AccountRules } from '../accounts/account-rules'
import { draftFromEntry } from '../catalog/account-from-entry'
import type { Catalog } from '../catalog/catalog'
import type { CaseRules } from '../cases/case-rules'
import { DomainError } from '../errors'
import type { Handlers } from '../call/handler-types'
import type { Jobs } from '../jobs/jobs'
import type { PeopleRules } from '../people/people-rules'
import { sameService } from '../../shared/domain/same-service'
import type { StoreData } from '../store/schema'
import type { Vault } from '../vault/vault'
import { mergeIntoTracked, storable } from './apply-evidence'
import {
  discoverAccountsOffThread,
  discoverContactsOffThread,
  discoverSmsOffThread
} from './off-thread'
import { MAX_EXPORT_BYTES } from './parse-export'
import { MAX_SMS_DB_BYTES, tooLargeDb } from './sms/iphone-sms-db'
import { smsFormatOf, SNIFF_BYTES, type SmsFormat } from './sms/read-sms-export'

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
  /** The heap a file's reader may use (IMPORT_HEAP_MB unless given). */
  heapMb?: number
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

/** The first bytes of a file, to tell what it is; null when it cannot be read. */
async function head(path: string): Promise<Uint8Array | null> {
  const file = await open(path, 'r').catch(() => null)
  if (!file) return null
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await file.read(buffer, 0, SNIFF_BYTES, 0)
    return buffer.subarray(0, bytesRead)
  } catch {
    // A folder or an unreadable file: the ordinary path reports it.
    return null
  } finally {
    await file.close()
  }
}

/**
 * A message export, told by its first bytes, is streamed from where it lies instead of
 * read whole: an Android backup of years of texts reaches hundreds of MB. A CSV is read
 * whole in the reader, so it keeps the export limit. `done` deletes an uploaded copy.
 */
async function smsSource(
  deps: DiscoverDeps,
  source: FileSource
): Promise<{ path: string; format: SmsFormat; done: () => Promise<void> } | null> {
  const upload = 'upload' in source ? deps.vault.peekUpload(source.upload) : null
  if (!upload && deps.mode !== 'electron') return null
  const path = upload ? upload.path : 'path' in source ? source.path : ''
  const start = await head(path)
  const format = start ? smsFormatOf(start) : null
  if (!format) return null
  if (upload) deps.vault.takeUpload((source as { upload: string }).upload)
  const done = (): Promise<void> =>
    upload ? unlink(path).catch(() => undefined) : Promise.resolve()
  if (format === 'iphone-db' && (await stat(path)).size > MAX_SMS_DB_BYTES) {
    await done()
    throw tooLargeDb()
  }
  if (format === 'sms-csv' && (await stat(path)).size > MAX_EXPORT_BYTES) {
    await done()
    throw new DomainError(
      'badFile',
      'This message list is larger than 50 MB; export a shorter period.'
    )
  }
  return { path, format, done }
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
  const heap = { heapMb: deps.heapMb }
  return {
    discoverAccounts: async ({ source }) => {
      const sms = await smsSource(deps, source)
      if (sms)
        try {
          const { cases: numbers, accounts: tracked } = deps.data()
          return await discoverSmsOffThread(sms.path, sms.format, numbers, tracked, heap)
        } finally {
          await sms.done()
        }
      // The export is read, and an uploaded one deleted, before anything else can refuse.
      const bytes = await readSource(deps, source)
      // Parsed and matched in a worker thread: a 40 MB export must not hold the app.
      return discoverAccountsOffThread(bytes, deps.data().cases, deps.data().accounts, heap)
    },
    // The same, as a job the UI follows: reading, then matching, and it can be cancelled.
    startDiscoverAccounts: async ({ source }) => {
      const sms = await smsSource(deps, source)
      if (sms) {
        const { path, format, done } = sms
        const { cases: numbers, accounts: tracked } = deps.data()
        return jobs.start('discoverAccounts', (control) =>
          discoverSmsOffThread(path, format, numbers, tracked, { ...control, ...heap }).finally(
            done
          )
        )
      }
      const bytes = await readSource(deps, source)
      const { cases: numbers, accounts: tracked } = deps.data()
      return jobs.start('discoverAccounts', (control) =>
        discoverAccountsOffThread(bytes, numbers, tracked, { ...control, ...heap })
      )
    },
    addDiscovered: ({ caseId, picks, trackedEvidence }) =>
      mutate(() => {
        const fallback = caseId ? cases.find(caseId).id : undefined
        // Accounts already tracked keep what this file showed of them too.
        mergeIntoTracked(accounts, trackedEvidence)
        const added: Account[] = []
        for (const pick of picks) {
          const target = pick.caseId
            ? cases.find(pick.caseId).id
            : (fallback ?? cases.defaultCaseId())
          const evidence = pick.evidence ? storable(pick.evidence) : undefined
          // The same service on the same number is one account: a second pick for it, or
          // one already listed there (a file read twice), only adds its evidence.
          const present = deps
            .data()
            .accounts.find((a) => a.caseId === target && sameService(a, pick))
          if (present) {
            if (evidence) accounts.addEvidence(present.id, evidence)
            continue
          }
          const entry = pick.catalogId ? deps.catalog().find(pick.catalogId) : undefined
          const base = entry
            ? draftFromEntry(entry)
            : { name: pick.name, category: pick.category, catalogId: null }
          added.push(accounts.create({ ...base, usages: pick.usages, caseId: target, evidence }))
        }
        return added
      }),
    discoverContacts: async ({ source }) =>
      discoverContactsOffThread(await readSource(deps, source), heap),
    startDiscoverContacts: async ({ source }) => {
      const bytes = await readSource(deps, source)
      return jobs.start('discoverContacts', (control) =>
        discoverContactsOffThread(bytes, { ...control, ...heap })
      )
    },
    addPeople: ({ caseId, people: picked }) =>
      mutate(() =>
        picked.map((p): Person =>
          people.create({
            name: p.name,
            contact: p.contact,
            caseId: p.caseId ?? caseId,
            status: 'toNotify'
          })
        )
      )
  }
}
