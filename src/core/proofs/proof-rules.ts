import { toDateOnly } from '../../shared/domain/dates'
import type { Proof, ProofKind } from '../../shared/domain/proof'
import { mayDelete, retentionOf, type Retention } from '../../shared/domain/retention'
import type { CaseRules } from '../cases/case-rules'
import { DomainError } from '../errors'
import { diff, record } from '../history/history-log'
import { newId } from '../ids'
import type { StoreData } from '../store/schema'
import type { StagedFile } from '../vault/staged-file'

export interface ProofMeta {
  ownerType: Proof['ownerType']
  ownerId: string
  kind: ProofKind
  note: string
  originalName: string
  mediaType: string
  /** The date on the document; see defaultDocumentDate when the user gives none. */
  documentDate?: string
}

const TRACKED = ['kind', 'note', 'documentDate'] as const

/** Proof records: what each vault file is, whose it is, and how long it must be kept. */
export class ProofRules {
  constructor(
    private readonly data: () => StoreData,
    private readonly cases: CaseRules,
    private readonly now: () => Date
  ) {}

  /** Refuses an owner that does not exist before any byte is kept. */
  checkOwner(meta: Pick<ProofMeta, 'ownerType' | 'ownerId'>): void {
    if (meta.ownerType === 'case') this.cases.find(meta.ownerId)
    else if (!this.data().accounts.some((a) => a.id === meta.ownerId))
      throw new DomainError('notFound', 'This account is no longer in the list.')
  }

  add(meta: ProofMeta, file: Pick<StagedFile, 'sha256' | 'size'>): Proof {
    this.checkOwner(meta)
    const at = this.now().toISOString()
    const proof: Proof = {
      id: newId(),
      ...meta,
      mediaType: meta.mediaType || 'application/octet-stream',
      sha256: file.sha256,
      size: file.size,
      addedAt: at,
      documentDate: meta.documentDate ?? this.defaultDocumentDate(meta)
    }
    this.data().proofs.push(proof)
    record(this.data(), {
      at,
      entity: 'proof',
      entityId: proof.id,
      label: proof.originalName,
      action: 'created'
    })
    return proof
  }

  /**
   * The date a document is taken to bear when the user gives none: the carrier's
   * agreement and receipt are dated the day the number was cancelled; anything else, today.
   */
  defaultDocumentDate(meta: Pick<ProofMeta, 'ownerType' | 'ownerId' | 'kind'>): string {
    const caseId = this.caseOf(meta)
    const cancelled = this.data().cases.find((c) => c.id === caseId)?.cancellationDate
    if ((meta.kind === 'agreement' || meta.kind === 'receipt') && cancelled) return cancelled
    return toDateOnly(this.now())
  }

  update(id: string, patch: { kind?: ProofKind; note?: string; documentDate?: string }): Proof {
    const proof = this.find(id)
    const next = { ...proof, ...patch }
    const changes = diff(proof, next, TRACKED)
    if (Object.keys(changes).length === 0) return proof
    Object.assign(proof, next)
    record(this.data(), {
      at: this.now().toISOString(),
      entity: 'proof',
      entityId: id,
      label: proof.originalName,
      action: 'updated',
      changes
    })
    return proof
  }

  /**
   * Removes a record. While it must still be kept the user must have said yes to a
   * stronger warning. Answers whether the vault file is still used by another proof.
   */
  delete(id: string, acknowledgeRetention: boolean): { proof: Proof; fileInUse: boolean } {
    const proof = this.find(id)
    const retention = this.retention(proof)
    if (retention && !mayDelete(retention) && !acknowledgeRetention) {
      throw new DomainError(
        'retention',
        retention.kind === 'until'
          ? `This proof should be kept until ${retention.date}. Confirm to remove it anyway.`
          : 'This proof should still be kept. Confirm to remove it anyway.'
      )
    }
    const proofs = this.data().proofs
    proofs.splice(proofs.indexOf(proof), 1)
    record(this.data(), {
      at: this.now().toISOString(),
      entity: 'proof',
      entityId: id,
      label: proof.originalName,
      action: 'deleted'
    })
    return { proof, fileInUse: proofs.some((p) => p.sha256 === proof.sha256) }
  }

  find(id: string): Proof {
    const proof = this.data().proofs.find((p) => p.id === id)
    if (!proof) throw new DomainError('notFound', 'This proof is no longer in the vault.')
    return proof
  }

  /** The case a proof belongs to, directly or through its account. */
  caseOf(proof: Pick<Proof, 'ownerType' | 'ownerId'>): string | null {
    if (proof.ownerType === 'case') return proof.ownerId
    return this.data().accounts.find((a) => a.id === proof.ownerId)?.caseId ?? null
  }

  /** How long this proof must be kept (see shared/domain/retention.ts); null for an orphan. */
  retention(proof: Pick<Proof, 'ownerType' | 'ownerId' | 'documentDate'>): Retention | null {
    const caseId = this.caseOf(proof)
    const owner = caseId ? this.data().cases.find((c) => c.id === caseId) : undefined
    if (!owner) return null
    const facts = { owner, accounts: this.data().accounts, documentDates: [proof.documentDate] }
    return retentionOf(facts, toDateOnly(this.now()))
  }
}
