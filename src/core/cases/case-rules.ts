import {
  CaseFields,
  normaliseReplacement,
  type Case,
  type CasePatch,
  type ParsedCaseDraft
} from '../../shared/domain/case'
import { normalisePhone } from '../../shared/domain/phone'
import { DomainError } from '../errors'
import { diff, record } from '../history/history-log'
import { newId } from '../ids'
import { PLACEHOLDER_CASE } from '../store/migrations'
import type { StoreData } from '../store/schema'

const TRACKED = Object.keys(CaseFields.shape) as Array<keyof Case & string>

/** Cases: the old numbers a person cancels. */
export class CaseRules {
  constructor(
    private readonly data: () => StoreData,
    private readonly now: () => Date
  ) {}

  /** Takes a draft already checked against the contract, its number in E.164. */
  create(fields: ParsedCaseDraft): Case {
    const at = this.now().toISOString()
    const created: Case = { id: newId(), ...fields, createdAt: at, updatedAt: at }
    this.data().cases.push(created)
    record(this.data(), {
      at,
      entity: 'case',
      entityId: created.id,
      label: labelOf(created),
      action: 'created',
      changes: diff(null, created, TRACKED)
    })
    return created
  }

  update(id: string, patch: CasePatch): Case {
    const current = this.find(id)
    const { number, replacementNumber, ...rest } = patch
    const next: Case = { ...current, ...rest }
    if (number !== undefined) {
      const normalised = normalisePhone(number, next.country)
      if (normalised === undefined)
        throw new DomainError('invalidInput', 'Not a valid phone number for this country.')
      next.number = normalised
    }
    if (replacementNumber !== undefined) {
      const normalised = normaliseReplacement(replacementNumber)
      if (normalised === undefined)
        throw new DomainError(
          'invalidInput',
          'Not a valid international number: start it with + and the country code.'
        )
      next.replacementNumber = normalised
    }
    const changes = diff(current, next, TRACKED)
    if (Object.keys(changes).length === 0) return current
    const at = this.now().toISOString()
    Object.assign(current, next, { updatedAt: at })
    record(this.data(), {
      at,
      entity: 'case',
      entityId: id,
      label: labelOf(current),
      action: 'updated',
      changes
    })
    return current
  }

  /** Only an empty case can go: its accounts, people and proofs would lose their owner. */
  delete(id: string): Case {
    const found = this.find(id)
    const data = this.data()
    const inUse =
      data.accounts.some((a) => a.caseId === id) ||
      data.people.some((p) => p.caseId === id) ||
      data.proofs.some((p) => p.ownerType === 'case' && p.ownerId === id)
    if (inUse) {
      throw new DomainError(
        'conflict',
        'This number still has accounts, people or proofs. Move or delete them first.'
      )
    }
    data.cases.splice(data.cases.indexOf(found), 1)
    record(data, {
      at: this.now().toISOString(),
      entity: 'case',
      entityId: id,
      label: labelOf(found),
      action: 'deleted'
    })
    return found
  }

  /** The case an account or person joins when none is named: the first, or a new one. */
  defaultCaseId(): string {
    const first = this.data().cases[0]
    if (first) return first.id
    const at = this.now().toISOString()
    const created: Case = {
      ...PLACEHOLDER_CASE,
      checklist: { ...PLACEHOLDER_CASE.checklist },
      stateActionsDone: [],
      messageLanguages: [],
      id: newId(),
      createdAt: at,
      updatedAt: at
    }
    this.data().cases.push(created)
    record(this.data(), {
      at,
      entity: 'case',
      entityId: created.id,
      label: labelOf(created),
      action: 'created'
    })
    return created.id
  }

  find(id: string): Case {
    const found = this.data().cases.find((c) => c.id === id)
    if (!found) throw new DomainError('notFound', 'This number (case) no longer exists.')
    return found
  }
}

export function labelOf(c: Pick<Case, 'number' | 'carrier'>): string {
  return c.number ?? (c.carrier || 'Old number')
}
