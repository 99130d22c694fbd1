import type { AppInfo } from '../../shared/domain/app-info'
import type { HistoryEvent } from '../../shared/domain/history'
import { buildAccountHandlers } from '../accounts/account-handlers'
import type { AccountRules } from '../accounts/account-rules'
import { buildAppHandlers } from '../app/app-handlers'
import type { ArchiveService } from '../archive/archive-service'
import { buildStatementHandlers } from '../archive/statement-handlers'
import { buildCalendarHandlers } from '../calendar/calendar-handlers'
import { buildCaseHandlers } from '../cases/case-handlers'
import type { CaseRules } from '../cases/case-rules'
import { appCatalog } from '../catalog/catalog'
import { buildCatalogHandlers } from '../catalog/catalog-handlers'
import type { CoreOptions } from '../core-options'
import { buildEncryptionHandlers } from '../crypto/encryption-handlers'
import type { EncryptionService } from '../crypto/encryption-service'
import { buildExampleDataHandlers } from '../example-data/example-data-handlers'
import { buildDiscoverHandlers } from '../discover/discover-handlers'
import { buildGuidanceHandlers } from '../guidance/guidance-handlers'
import { buildHistoryHandlers } from '../history/history-handlers'
import { appKnowledge } from '../knowledge/knowledge'
import { buildKnowledgeHandlers } from '../knowledge/knowledge-handlers'
import type { Jobs } from '../jobs/jobs'
import { buildPeopleHandlers } from '../people/people-handlers'
import { buildPlanHandlers } from '../plan/plan-handlers'
import type { PeopleRules } from '../people/people-rules'
import { buildPreferenceHandlers } from '../preferences/preference-handlers'
import { buildProofHandlers } from '../proofs/proof-handlers'
import type { ProofRules } from '../proofs/proof-rules'
import type { OpenedStore } from '../store/open-store'
import { buildRecoveryHandlers } from '../store/recovery-handlers'
import type { StoreData } from '../store/schema'
import type { Vault } from '../vault/vault'
import type { Handlers } from './handler-types'

/** What the handlers of every area are built over. */
export interface CoreParts {
  options: CoreOptions
  data: () => StoreData
  store: () => OpenedStore
  now: () => Date
  mutate: <T>(change: () => T) => Promise<T>
  history: () => Promise<HistoryEvent[]>
  info: () => AppInfo
  vault: Vault
  jobs: Jobs
  archive: ArchiveService
  encryption: EncryptionService
  cases: CaseRules
  accounts: AccountRules
  people: PeopleRules
  proofs: ProofRules
}

/**
 * Every method of the contract, each area contributing its own `*-handlers.ts`; the type
 * checker refuses a method missing here or an answer of the wrong shape.
 */
export function allHandlers(parts: CoreParts): Handlers {
  const { options, data, now, mutate, vault, jobs, cases, accounts, people, proofs } = parts
  const host = options.host ?? {}
  const mode = options.mode
  return {
    ...buildAppHandlers(host, parts.info),
    ...buildCaseHandlers({ data, cases, mutate }),
    ...buildKnowledgeHandlers(appKnowledge),
    ...buildAccountHandlers({ data, cases, accounts, catalog: appCatalog, now, mutate }),
    ...buildPeopleHandlers({ data, people, mutate }),
    ...buildHistoryHandlers({ data, history: parts.history }),
    ...buildProofHandlers({
      data,
      dataDir: options.dataDir,
      mode,
      vault,
      proofs,
      archive: parts.archive,
      jobs,
      host,
      mutate
    }),
    ...buildDiscoverHandlers({
      data,
      mode,
      vault,
      catalog: appCatalog,
      cases,
      accounts,
      people,
      mutate,
      jobs,
      heapMb: options.importHeapMb
    }),
    ...buildCatalogHandlers(appCatalog),
    ...buildCalendarHandlers({ data, now, mutate }),
    ...buildStatementHandlers({ data, now, knowledge: appKnowledge, catalog: appCatalog }),
    ...buildPlanHandlers({ data, now, knowledge: appKnowledge, catalog: appCatalog }),
    ...buildGuidanceHandlers({ data, now }),
    ...buildPreferenceHandlers({
      dataDir: options.dataDir,
      data,
      storeReadable: () => !parts.store().recovery && !parts.encryption.locked,
      mutate
    }),
    ...buildEncryptionHandlers(parts.encryption, parts.info),
    ...buildRecoveryHandlers(parts.store, parts.info),
    ...buildExampleDataHandlers({ data, vault, cases, accounts, people, proofs, mutate, now })
  } satisfies Handlers
}
