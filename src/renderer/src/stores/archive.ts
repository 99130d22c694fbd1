import { defineStore } from 'pinia'
import type { FileSource } from '../../../shared/contract'
import type { Job } from '../../../shared/domain/job'
import type { Statement } from '../../../shared/report/statement-model'
import type { Result } from '../../../shared/result'
import { api } from '../api/client'
import { fileUrl, sourceOf } from '../api/file-transfer'
import { useAccountsStore } from './accounts'
import { useCasesStore } from './cases'
import { usePeopleStore } from './people'
import { useProofsStore } from './proofs'

/**
 * The archive: exporting everything to one ZIP, checking an archive, restoring from one.
 * Each starts a job the page follows (see use-job.ts); only a finished restore changes
 * records, and then every store that holds them reads them again.
 */
export const useArchiveStore = defineStore('archive', () => {
  const startExport = (language: string): Promise<Result<Job>> => api.startExport({ language })
  const startVerify = (source: FileSource): Promise<Result<Job>> => api.startVerify({ source })
  const startRestore = (source: FileSource, mode: 'merge' | 'replace'): Promise<Result<Job>> =>
    api.startRestore({ source, mode })

  /** An uploaded archive the user then chose not to restore is deleted from the server. */
  async function discard(source: FileSource): Promise<void> {
    if ('upload' in source) await api.discardUpload({ upload: source.upload })
  }

  /** A number's statement of cancellation as main makes it, for the print view. */
  const statement = (caseId: string, language: string): Promise<Result<Statement>> =>
    api.getStatement({ caseId, language })

  /** An archive the user chose, as main reads it: its path, or an upload in web mode. */
  const sourceOfFile = (file: File): Promise<Result<FileSource>> => sourceOf(file)

  /** An address that downloads a written archive; in web mode signed for a minute. */
  const downloadUrl = (path: string): Promise<string> => fileUrl(path)

  async function reloadRecords(): Promise<void> {
    await Promise.all([
      useCasesStore().load(),
      useAccountsStore().load(),
      usePeopleStore().load(),
      useProofsStore().load()
    ])
  }

  return {
    startExport,
    startVerify,
    startRestore,
    discard,
    statement,
    sourceOfFile,
    downloadUrl,
    reloadRecords
  }
})
