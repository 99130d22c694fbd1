import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MethodInput } from '../../../shared/contract'
import type { LeftOutProof } from '../../../shared/domain/job'
import type { Proof, ProofKind } from '../../../shared/domain/proof'
import type { AppError } from '../../../shared/result'
import { api, isDesktop } from '../api/client'
import { proofUrl, sourceOf } from '../api/file-transfer'

type Owner = Pick<Proof, 'ownerType' | 'ownerId'>

/** The proof vault: files kept as evidence, each attached to a number or an account. */
export const useProofsStore = defineStore('proofs', () => {
  const proofs = ref<Proof[]>([])
  const loaded = ref(false)
  /** The file being sent now, for the progress bar. */
  const uploading = ref<{ name: string; sent: number; total: number } | null>(null)

  async function load(): Promise<void> {
    const result = await api.listProofs({})
    if (result.ok) {
      proofs.value = result.data
      loaded.value = true
    }
  }

  /** Proofs whose file cannot be read whole and right: an export would leave them out. */
  const unreadable = ref<LeftOutProof[]>([])

  /** Reads every kept file through, as an export does: slow for a large vault. */
  async function loadUnreadable(): Promise<void> {
    const result = await api.listUnreadableProofs({})
    if (result.ok) unreadable.value = result.data
  }

  function of(owner: Owner): Proof[] {
    return proofs.value.filter(
      (p) => p.ownerType === owner.ownerType && p.ownerId === owner.ownerId
    )
  }

  /** Attaches files one after another; answers the first error and stops there. */
  async function attach(
    owner: Owner,
    files: File[],
    kind: ProofKind,
    documentDate?: string | null
  ): Promise<AppError | null> {
    for (const file of files) {
      uploading.value = { name: file.name, sent: 0, total: file.size }
      const source = await sourceOf(file, (sent, total) => {
        uploading.value = { name: file.name, sent, total }
      })
      if (!source.ok) {
        uploading.value = null
        return source.error
      }
      const result = await api.attachProof({
        ...owner,
        kind,
        source: source.data,
        originalName: file.name,
        mediaType: file.type,
        ...(documentDate ? { documentDate } : {})
      })
      if (!result.ok) {
        if ('upload' in source.data) await api.discardUpload({ upload: source.data.upload })
        uploading.value = null
        return result.error
      }
      proofs.value.push(result.data)
    }
    uploading.value = null
    return null
  }

  async function update(
    id: string,
    patch: MethodInput<'updateProof'>['patch']
  ): Promise<AppError | null> {
    const result = await api.updateProof({ id, patch })
    if (!result.ok) return result.error
    proofs.value = proofs.value.map((p) => (p.id === id ? result.data : p))
    return null
  }

  async function remove(id: string, acknowledgeRetention: boolean): Promise<AppError | null> {
    const result = await api.deleteProof({ id, acknowledgeRetention })
    if (!result.ok) return result.error
    proofs.value = proofs.value.filter((p) => p.id !== id)
    return null
  }

  /**
   * Opens a proof where the user can read it: the system's own viewer in the desktop app,
   * a new tab (through a short-lived signed address) in web mode. A type no viewer should
   * open (a script, a program) is only shown in its folder; `shownInFolder` says so.
   */
  async function open(id: string): Promise<{ error: AppError | null; shownInFolder: boolean }> {
    if (!isDesktop) {
      window.open(await proofUrl(id), '_blank', 'noopener')
      return { error: null, shownInFolder: false }
    }
    const result = await api.openProof({ id })
    return result.ok
      ? { error: null, shownInFolder: result.data.opened === 'folder' }
      : { error: result.error, shownInFolder: false }
  }

  /** Where a preview reads the proof; in web mode an address signed for a minute. */
  const previewUrl = (id: string): Promise<string> => proofUrl(id)

  return {
    proofs,
    loaded,
    uploading,
    unreadable,
    load,
    loadUnreadable,
    of,
    attach,
    update,
    remove,
    open,
    previewUrl
  }
})
