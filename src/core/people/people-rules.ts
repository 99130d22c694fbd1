import { Person, PersonDraft, PersonFields, type PersonPatch } from '../../shared/domain/person'
import { toDateOnly } from '../../shared/domain/dates'
import type { CaseRules } from '../cases/case-rules'
import { DomainError } from '../errors'
import { diff, record } from '../history/history-log'
import { newId } from '../ids'
import type { StoreData } from '../store/schema'

const TRACKED = Object.keys(PersonFields.shape) as Array<keyof Person & string>

type Draft = Omit<PersonDraft, 'caseId'> & { caseId?: string }

/** People who have the old number and are to be told the new one. */
export class PeopleRules {
  constructor(
    private readonly data: () => StoreData,
    private readonly cases: CaseRules,
    private readonly now: () => Date
  ) {}

  create(draft: Draft): Person {
    const caseId = draft.caseId ? this.cases.find(draft.caseId).id : this.cases.defaultCaseId()
    const fields = this.stampNotified(PersonDraft.parse({ ...draft, caseId }))
    const at = this.now().toISOString()
    const person: Person = { id: newId(), ...fields, createdAt: at, updatedAt: at }
    this.data().people.push(person)
    this.log(person, 'created', at, diff(null, person, TRACKED))
    return person
  }

  update(id: string, patch: PersonPatch): Person {
    const person = this.find(id)
    if (patch.caseId) this.cases.find(patch.caseId)
    const next = this.stampNotified({ ...person, ...patch })
    const changes = diff(person, next, TRACKED)
    if (Object.keys(changes).length === 0) return person
    const at = this.now().toISOString()
    Object.assign(person, next, { updatedAt: at })
    this.log(person, 'updated', at, changes)
    return person
  }

  delete(id: string): Person {
    const person = this.find(id)
    const people = this.data().people
    people.splice(people.indexOf(person), 1)
    this.log(person, 'deleted', this.now().toISOString())
    return person
  }

  restore(person: Person): Person {
    if (this.data().people.some((p) => p.id === person.id)) {
      throw new DomainError('conflict', 'This person is already in the list.')
    }
    const restored = Person.parse(person)
    this.cases.find(restored.caseId)
    this.data().people.push(restored)
    this.log(restored, 'restored', this.now().toISOString())
    return restored
  }

  private find(id: string): Person {
    const person = this.data().people.find((p) => p.id === id)
    if (!person) throw new DomainError('notFound', 'This person is no longer in the list.')
    return person
  }

  /** Marking someone notified records the day unless the user gave one. */
  private stampNotified<T extends { status: Person['status']; notifiedOn: string | null }>(
    fields: T
  ): T {
    if (fields.status === 'notified' && !fields.notifiedOn)
      return { ...fields, notifiedOn: toDateOnly(this.now()) }
    if (fields.status === 'toNotify') return { ...fields, notifiedOn: null }
    return fields
  }

  private log(
    person: Person,
    action: 'created' | 'updated' | 'deleted' | 'restored',
    at: string,
    changes?: ReturnType<typeof diff>
  ): void {
    record(this.data(), {
      at,
      entity: 'person',
      entityId: person.id,
      label: person.name,
      action,
      changes
    })
  }
}
