import { z } from 'zod'
import {
  Account,
  AccountDraft,
  AccountPatch,
  CustomStep,
  Id,
  CATEGORIES,
  STATUSES,
  StepId,
  USAGES
} from './domain/account'
import { AccountEvidence } from './domain/account-evidence'
import { MergeUndo } from './domain/account-merge'
import type { ContactCandidate, Discovery } from './domain/discovery'
import { REGION_FILTERS, type CatalogEntry, type CatalogPage } from './catalog/catalog-values'
import { CaseDraft, CasePatch, CountryCodeSchema, type CaseView } from './domain/case'
import { DateOnly } from './domain/dates'
import { HISTORY_ENTITIES, type HistoryEvent } from './domain/history'
import { Person, PersonDraft, PersonPatch } from './domain/person'
import type { AppInfo } from './domain/app-info'
import type { Guidance } from './domain/guidance'
import type { CancellationGuide } from './knowledge/cancellation-guide'
import type { Job, LeftOutProof } from './domain/job'
import { PreferencesPatch, type Preferences } from './domain/preferences'
import type { PlanReport } from './domain/plan-report'
import type { Reminder, ReminderNotice } from './domain/reminders'
import type { Statement } from './report/statement-model'
import { PROOF_KINDS, type Proof } from './domain/proof'
import { METHOD_NAMES, channelOf, type MethodName } from './method-names'
import type { Result } from './result'

/**
 * Declares one renderer→main method: its input schema, checked in main, and the type of
 * its answer. The output is a phantom: it exists for the type checker only.
 */
function returns<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output?: O } => ({ input })
}

const Empty = z.object({}).strict()

/**
 * Where a file comes from: an upload web mode streamed in first, or (desktop only) a
 * path the user chose in the system's file dialog or dropped on the window.
 */
export const FileSource = z.union([
  z.object({ upload: z.string().regex(/^[0-9a-f]{32}$/) }).strict(),
  z.object({ path: z.string().min(1).max(4096) }).strict()
])
export type FileSource = z.infer<typeof FileSource>

const ProofNote = z.string().max(5000)
const Passphrase = z.string().min(1).max(1024)
const NewPassphrase = z.string().min(8, 'use at least 8 characters').max(1024)
const Language = z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/)
const CatalogId = z.string().regex(/^[a-z0-9-]{1,100}$/)

export const contract = {
  getAppInfo: returns<AppInfo>()(Empty),

  listCases: returns<CaseView[]>()(Empty),
  createCase: returns<CaseView>()(CaseDraft),
  updateCase: returns<CaseView>()(z.object({ id: Id, patch: CasePatch })),
  /** Only an empty case can be deleted. */
  deleteCase: returns<CaseView>()(z.object({ id: Id })),
  /** Whether a typed number is valid for a country, and its E.164 form (null when empty). */
  checkNumber: returns<{ valid: boolean; number: string | null }>()(
    z.object({ number: z.string().max(40), country: CountryCodeSchema }).strict()
  ),

  listAccounts: returns<Account[]>()(Empty),
  createAccount: returns<Account>()(AccountDraft),
  updateAccount: returns<Account>()(z.object({ id: Id, patch: AccountPatch })),
  /** One write for any number of accounts: marking many unlinked is a single action. */
  setAccountStatus: returns<Account[]>()(
    z.object({ ids: z.array(Id).min(1).max(100_000), status: z.enum(STATUSES) })
  ),
  /** Answers the deleted account, so the UI can offer undo through restoreAccount. */
  deleteAccount: returns<Account>()(z.object({ id: Id })),
  restoreAccount: returns<Account>()(z.object({ account: Account })),
  /** Deletes a selection in one write; answers the accounts for one undo of them all. */
  deleteAccounts: returns<Account[]>()(z.object({ ids: z.array(Id).min(1).max(100_000) })),
  restoreAccounts: returns<Account[]>()(
    z.object({ accounts: z.array(Account).min(1).max(100_000) })
  ),
  /** Moves accounts to another number; their evidence keeps the number it came from. */
  moveAccounts: returns<Account[]>()(
    z.object({ ids: z.array(Id).min(1).max(100_000), caseId: Id })
  ),
  /**
   * Merges duplicates on one number into the first (keepId): furthest status, every
   * usage, step, note, proof, evidence and history of both. Answers what undoing needs.
   */
  mergeAccounts: returns<{ account: Account; undo: MergeUndo }>()(
    z.object({ keepId: Id, otherIds: z.array(Id).min(1).max(1000) })
  ),
  undoMerge: returns<Account[]>()(MergeUndo),

  /** Creates one account per catalog entry, skipping those the case already has. */
  addFromCatalog: returns<Account[]>()(
    z.object({
      caseId: Id.optional(),
      catalogIds: z.array(CatalogId).min(1).max(1000)
    })
  ),
  /** One page of the catalog matching a search and filters; the catalog stays in main. */
  searchCatalog: returns<CatalogPage>()(
    z
      .object({
        text: z.string().max(200).default(''),
        category: z.enum(CATEGORIES).optional(),
        region: z.enum(REGION_FILTERS).optional(),
        smsOnly: z.boolean().default(false),
        offset: z.number().int().min(0).max(100_000).default(0),
        limit: z.number().int().min(1).max(500).default(100)
      })
      .strict()
  ),
  /** The entries behind these ids (unknown ids are left out), for names, links, sources. */
  getCatalogEntries: returns<CatalogEntry[]>()(
    z.object({ ids: z.array(CatalogId).max(100_000) }).strict()
  ),
  /** The notices of the public data sets and libraries the app ships. */
  getThirdPartyNotices: returns<{ text: string }>()(Empty),
  tickStep: returns<Account>()(z.object({ id: Id, stepId: StepId, ticked: z.boolean() })),
  addCustomStep: returns<Account>()(z.object({ id: Id, title: CustomStep.shape.title })),
  removeCustomStep: returns<Account>()(z.object({ id: Id, stepId: StepId })),

  listPeople: returns<Person[]>()(Empty),
  createPerson: returns<Person>()(PersonDraft.extend({ caseId: Id.optional() })),
  updatePerson: returns<Person>()(z.object({ id: Id, patch: PersonPatch })),
  deletePerson: returns<Person>()(z.object({ id: Id })),
  restorePerson: returns<Person>()(z.object({ person: Person })),

  listProofs: returns<Proof[]>()(Empty),
  /** Keeps the file in the vault (once per content) and records what it is and whose. */
  attachProof: returns<Proof>()(
    z.object({
      ownerType: z.enum(['case', 'account']),
      ownerId: Id,
      kind: z.enum(PROOF_KINDS),
      note: ProofNote.default(''),
      source: FileSource,
      originalName: z.string().min(1).max(1000).optional(),
      mediaType: z.string().max(200).default(''),
      /** The date on the document; without one, the cancellation's for the carrier's
       * agreement and receipt, today's for anything else. */
      documentDate: DateOnly.optional()
    })
  ),
  updateProof: returns<Proof>()(
    z.object({
      id: Id,
      patch: z
        .object({
          kind: z.enum(PROOF_KINDS).optional(),
          note: ProofNote.optional(),
          documentDate: DateOnly.optional()
        })
        .strict()
    })
  ),
  /** While the proof must still be kept the user must confirm a second, stronger warning. */
  deleteProof: returns<Proof>()(
    z.object({ id: Id, acknowledgeRetention: z.boolean().default(false) })
  ),
  /** Desktop: opens a copy of the proof in the system's viewer. */
  /** Desktop: a copy named by the app, opened in its viewer, or for other types shown in its folder. */
  openProof: returns<{ opened: 'viewer' | 'folder' }>()(z.object({ id: Id })),
  discardUpload: returns<{ discarded: true }>()(
    z.object({ upload: z.string().regex(/^[0-9a-f]{32}$/) })
  ),

  /** Proofs whose file is missing from the vault or of the wrong size: an export would leave them out. */
  listUnreadableProofs: returns<LeftOutProof[]>()(Empty),
  startExport: returns<Job>()(z.object({ language: Language.default('en') })),
  startVerify: returns<Job>()(z.object({ source: FileSource })),
  startRestore: returns<Job>()(
    z.object({ source: FileSource, mode: z.enum(['replace', 'merge']).default('merge') })
  ),
  getJob: returns<Job>()(z.object({ id: z.string().regex(/^[0-9a-f]{16}$/) })),
  cancelJob: returns<Job>()(z.object({ id: z.string().regex(/^[0-9a-f]{16}$/) })),
  /** A number's statement of cancellation, in the language and its country's, for printing. */
  getStatement: returns<Statement>()(
    z.object({ caseId: Id, language: Language.default('en') }).strict()
  ),

  unlock: returns<AppInfo>()(
    z.object({ passphrase: Passphrase, remember: z.boolean().default(false) })
  ),
  /** Keeps the data, forgets the key: the lock screen shows until the next unlock. */
  lock: returns<AppInfo>()(Empty),
  enableEncryption: returns<AppInfo>()(z.object({ passphrase: NewPassphrase })),
  /** Seals what a cut-short enableEncryption left plain (a full disk), while unlocked. */
  finishEncryption: returns<AppInfo>()(Empty),
  /** Re-wraps the key: nothing else is encrypted again. */
  changePassphrase: returns<AppInfo>()(z.object({ current: Passphrase, next: NewPassphrase })),

  /** Recovery: replaces the unreadable store with a good snapshot. */
  recoverFromSnapshot: returns<AppInfo>()(
    z.object({
      name: z
        .string()
        .regex(/^unlinker-[\w-]+\.json$/)
        .max(200)
    })
  ),
  /** Recovery: starts from an empty store (the unreadable file stays where it was kept). */
  recoverEmpty: returns<AppInfo>()(Empty),
  /** Desktop: asks for another data folder and reopens the app on it. */
  chooseDataFolder: returns<{ switching: boolean }>()(Empty),
  /** Closes the app (Electron) or stops the server (web mode). */
  quitApp: returns<{ quitting: true }>()(Empty),

  /**
   * Reads a password manager's or messages' export and answers what it shows, for every
   * number of the folder; nothing is stored.
   */
  discoverAccounts: returns<Discovery>()(z.object({ source: FileSource })),
  /** The same as a job with progress (reading, then matching) that can be cancelled. */
  startDiscoverAccounts: returns<Job>()(z.object({ source: FileSource })),
  /**
   * Adds the candidates the user ticked, each to its number (else caseId), with what the
   * file showed of each, and merges the evidence found for accounts already tracked into
   * them, in one write. A service already on its number gains the evidence instead of a
   * second account. Answers the accounts added.
   */
  addDiscovered: returns<Account[]>()(
    z
      .object({
        caseId: Id.optional(),
        picks: z
          .array(
            z.object({
              name: AccountDraft.shape.name,
              catalogId: z.string().max(100).nullable(),
              category: z.enum(CATEGORIES),
              usages: z.array(z.enum(USAGES)).max(USAGES.length),
              evidence: AccountEvidence.optional(),
              caseId: Id.optional()
            })
          )
          .max(5000),
        trackedEvidence: z
          .array(z.object({ accountId: Id, evidence: AccountEvidence }))
          .max(5000)
          .default([])
      })
      .refine((v) => v.picks.length + v.trackedEvidence.length > 0, 'nothing to add')
  ),
  /** Reads a vCard (.vcf) file: people to pick from, nothing stored. */
  discoverContacts: returns<ContactCandidate[]>()(z.object({ source: FileSource })),
  startDiscoverContacts: returns<Job>()(z.object({ source: FileSource })),
  addPeople: returns<Person[]>()(
    z.object({
      caseId: Id.optional(),
      people: z
        .array(
          z.object({
            name: PersonDraft.shape.name,
            contact: PersonDraft.shape.contact,
            caseId: Id.optional()
          })
        )
        .min(1)
        .max(5000)
    })
  ),

  /** Fills an empty data folder with a realistic example to look around in. */
  loadExampleData: returns<{ accounts: number; notNeeded: number }>()(Empty),
  /** Removes every record the example created, and only those, in one write. */
  removeExampleData: returns<{ cases: number; accounts: number; people: number; proofs: number }>()(
    Empty
  ),

  listHistory: returns<HistoryEvent[]>()(
    z.object({
      entityId: Id.optional(),
      entity: z.enum(HISTORY_ENTITIES).optional(),
      limit: z.number().int().min(1).max(10_000).default(500)
    })
  ),

  /**
   * Every number's plan for today: its accounts in the order to do them, with risk and its
   * reasons, start-by days, what a cancellation now would lock the user out of, and the
   * state checks before it (titled in a language); derived, never stored.
   */
  getPlan: returns<PlanReport>()(z.object({ language: Language.default('en') }).strict()),
  /** Every case's dated reminders, earliest first; derived, never stored. */
  listReminders: returns<Reminder[]>()(Empty),
  /** The reminders as an iCalendar file in a language, for the user's own calendar. */
  getCalendar: returns<{ fileName: string; text: string; events: number }>()(
    z.object({ language: Language.default('en') }).strict()
  ),
  /**
   * An account's advice for today in a language: the playbook's help for the case's
   * phase, the way back without the old number, contacts and sources; derived, never stored.
   */
  getGuidance: returns<Guidance>()(
    z.object({ accountId: Id, language: Language.default('en') }).strict()
  ),
  /**
   * What the knowledge base says about cancelling a number of a country with a carrier, in
   * a language: the carrier's and the country's facts with their sources, the alternatives,
   * the state's checks, the clocks and the store visit's checklist.
   */
  getCancellationGuide: returns<CancellationGuide>()(
    z
      .object({
        country: CountryCodeSchema,
        carrier: z.string().max(100).default(''),
        language: Language.default('en'),
        /** The number is registered to a foreign citizen of its country. */
        foreignCitizen: z.boolean().default(false)
      })
      .strict()
  ),
  /** Due reminders not yet shown as a system notification, in a language (desktop). */
  pendingNotifications: returns<ReminderNotice[]>()(
    z.object({ language: Language.default('en') }).strict()
  ),
  /** Records reminders as notified, so none is shown twice. */
  markRemindersNotified: returns<{ marked: number }>()(
    z.object({ ids: z.array(z.string().min(1).max(300)).min(1).max(500) }).strict()
  ),

  /** The language, theme and table sort kept in the data folder; readable while locked. */
  getPreferences: returns<Preferences>()(Empty),
  /** Changes the preferences named; the others stay. Answers them all. */
  setPreferences: returns<Preferences>()(PreferencesPatch)
} as const

export type Contract = typeof contract
export type { MethodName }
/** Fails to compile when the contract and METHOD_NAMES list different methods. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const methodNamesMatch: SameKeys<keyof Contract, MethodName> = true
void methodNamesMatch
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>

/** The one api object the renderer sees, whichever carrier (IPC or HTTP) is underneath. */
export type Api = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
}

export { METHOD_NAMES, channelOf }

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}
