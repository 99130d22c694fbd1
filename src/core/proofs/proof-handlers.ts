import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { MethodName } from '../../shared/contract'
import { mediaTypeOf, viewerExtension } from '../../shared/domain/media-types'
import type { ArchiveService } from '../archive/archive-service'
import { unreadableProofs } from '../archive/export-archive'
import { DomainError } from '../errors'
import type { Handlers } from '../call/handler-types'
import type { Jobs } from '../jobs/jobs'
import type { StoreData } from '../store/schema'
import type { Vault } from '../vault/vault'
import type { ProofRules } from './proof-rules'

export interface ProofHost {
  /** Desktop: opens a file with the system's default program. */
  openPath?: (path: string) => Promise<void>
  /** Desktop: shows a file selected in its folder, opening nothing. */
  showInFolder?: (path: string) => Promise<void>
}

export interface ProofHandlerDeps {
  data: () => StoreData
  dataDir: string
  mode: 'electron' | 'web'
  vault: Vault
  proofs: ProofRules
  archive: ArchiveService
  jobs: Jobs
  host: ProofHost
  mutate: <T>(change: () => T) => Promise<T>
}

type ProofMethods =
  | 'listProofs'
  | 'attachProof'
  | 'updateProof'
  | 'deleteProof'
  | 'openProof'
  | 'discardUpload'
  | 'listUnreadableProofs'
  | 'startExport'
  | 'startVerify'
  | 'startRestore'
  | 'getJob'
  | 'cancelJob'

/** The vault and archive methods of the contract. */
/** How long a decrypted copy given to the system viewer stays: enough for it to load. */
export const OPENED_COPY_KEEP_MS = 2 * 60_000

function deleteLater(dir: string): void {
  // unref: a pending deletion does not keep the CLI or a test process alive.
  setTimeout(() => void rm(dir, { recursive: true, force: true }), OPENED_COPY_KEEP_MS).unref()
}

export function buildProofHandlers(
  deps: ProofHandlerDeps
): Pick<Handlers, ProofMethods & MethodName> {
  const { data, vault, proofs, archive, jobs, mutate } = deps
  return {
    listProofs: async () => data().proofs,

    attachProof: async ({ source, originalName, mediaType, ...meta }) => {
      proofs.checkOwner(meta)
      let staged
      let name = originalName
      if ('upload' in source) staged = vault.takeUpload(source.upload)
      else {
        if (deps.mode !== 'electron')
          throw new DomainError('notAvailable', 'Choose the file with the upload button.')
        staged = await vault.stagePath(source.path)
        name ??= basename(source.path)
      }
      name ??= 'file'
      try {
        await vault.keep(staged)
      } catch (error) {
        await vault.discard(staged)
        throw error
      }
      return mutate(() =>
        proofs.add(
          { ...meta, originalName: name, mediaType: mediaType || mediaTypeOf(name) },
          staged
        )
      )
    },

    updateProof: ({ id, patch }) => mutate(() => proofs.update(id, patch)),

    deleteProof: async ({ id, acknowledgeRetention }) => {
      const { proof, fileInUse } = await mutate(() => proofs.delete(id, acknowledgeRetention))
      if (!fileInUse) await vault.remove(proof.sha256)
      return proof
    },

    openProof: async ({ id }) => {
      const { openPath, showInFolder } = deps.host
      if (!openPath || !showInFolder)
        throw new DomainError('notAvailable', 'Open the proof in a new tab instead.')
      const proof = proofs.find(id)
      // The copy is named by the app, never by the file: a proof restored from an archive
      // may be called agreement.pdf.exe. A type a viewer should open gets its own extension
      // and is opened; anything else is only shown in its folder, for the user to decide.
      // A folder per opening: a copy being deleted never races a new one of the same proof.
      const root = join(deps.dataDir, 'opened')
      await mkdir(root, { recursive: true })
      const dir = await mkdtemp(join(root, `${proof.id}-`))
      const extension = viewerExtension(proof.mediaType)
      const copy = join(dir, `${proof.id}.${extension ?? 'bin'}`)
      await vault.copyOut(proof.sha256, copy)
      if (extension) await openPath(copy)
      else await showInFolder(copy)
      // While encryption is on, the plain copy lives only as long as a viewer needs to
      // load it; lock, close and the next start delete whatever is left sooner.
      if (vault.key) deleteLater(dir)
      return { opened: extension ? ('viewer' as const) : ('folder' as const) }
    },

    discardUpload: async ({ upload }) => {
      await vault.discardUpload(upload)
      return { discarded: true as const }
    },

    listUnreadableProofs: () => unreadableProofs(data().proofs, vault),
    startExport: ({ language }) => archive.startExport(language),
    startVerify: ({ source }) => archive.startVerify(source),
    startRestore: ({ source, mode }) => archive.startRestore(source, mode),
    getJob: async ({ id }) => jobs.get(id),
    cancelJob: async ({ id }) => jobs.cancel(id)
  }
}
