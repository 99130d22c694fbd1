import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MethodInput } from '../../../shared/contract'
import type { Job } from '../../../shared/domain/job'
import type { Person } from '../../../shared/domain/person'
import type { AppError, Result } from '../../../shared/result'
import { api } from '../api/client'
import { sourceOf } from '../api/file-transfer'

/** People who have the old number. */
export const usePeopleStore = defineStore('people', () => {
  const people = ref<Person[]>([])
  const loaded = ref(false)

  async function load(): Promise<void> {
    const result = await api.listPeople({})
    if (result.ok) {
      people.value = result.data
      loaded.value = true
    }
  }

  function put(p: Person): void {
    const i = people.value.findIndex((x) => x.id === p.id)
    if (i >= 0) people.value.splice(i, 1, p)
    else people.value.push(p)
  }

  async function create(draft: MethodInput<'createPerson'>): Promise<AppError | null> {
    const result = await api.createPerson(draft)
    if (!result.ok) return result.error
    put(result.data)
    return null
  }

  async function update(
    id: string,
    patch: MethodInput<'updatePerson'>['patch']
  ): Promise<AppError | null> {
    const result = await api.updatePerson({ id, patch })
    if (!result.ok) return result.error
    put(result.data)
    return null
  }

  async function remove(id: string): Promise<{ error: AppError | null; deleted: Person | null }> {
    const result = await api.deletePerson({ id })
    if (!result.ok) return { error: result.error, deleted: null }
    people.value = people.value.filter((p) => p.id !== id)
    return { error: null, deleted: result.data }
  }

  async function restore(person: Person): Promise<AppError | null> {
    const result = await api.restorePerson({ person })
    if (!result.ok) return result.error
    put(result.data)
    return null
  }

  /**
   * Hands the chosen address book (.vcf) to main, by its path or as an upload, and reads it
   * as a job; nothing is stored until the user picks whom to add (addMany).
   */
  async function startDiscover(file: File): Promise<Result<Job>> {
    const source = await sourceOf(file)
    return source.ok ? api.startDiscoverContacts({ source: source.data }) : source
  }

  /** Adds the people the user ticked, in one write; answers how many were added. */
  async function addMany(
    caseId: string | undefined,
    chosen: MethodInput<'addPeople'>['people']
  ): Promise<{ error: AppError | null; added: number }> {
    const result = await api.addPeople({ caseId, people: chosen })
    if (!result.ok) return { error: result.error, added: 0 }
    for (const person of result.data) put(person)
    return { error: null, added: result.data.length }
  }

  return { people, loaded, load, create, update, remove, restore, startDiscover, addMany }
})
