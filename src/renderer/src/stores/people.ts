import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MethodInput } from '../../../shared/contract'
import type { Person } from '../../../shared/domain/person'
import type { AppError } from '../../../shared/result'
import { api } from '../api/client'

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

  return { people, loaded, load, create, update, remove, restore }
})
