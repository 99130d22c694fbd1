import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { MethodInput } from '../../../shared/contract'
import type { CaseView } from '../../../shared/domain/case'
import type { AppError } from '../../../shared/result'
import { api } from '../api/client'

const SELECTED_KEY = 'unlinker.case'

/** The old numbers, and which one the dashboard and lists are looking at. */
export const useCasesStore = defineStore('cases', () => {
  const cases = ref<CaseView[]>([])
  const loaded = ref(false)
  const selectedId = ref<string | null>(localStorage.getItem(SELECTED_KEY))

  const selected = computed<CaseView | null>(
    () => cases.value.find((c) => c.id === selectedId.value) ?? cases.value[0] ?? null
  )

  async function load(): Promise<void> {
    const result = await api.listCases({})
    if (result.ok) {
      cases.value = result.data
      loaded.value = true
    }
  }

  function select(id: string): void {
    selectedId.value = id
    localStorage.setItem(SELECTED_KEY, id)
  }

  function put(c: CaseView): void {
    const i = cases.value.findIndex((x) => x.id === c.id)
    if (i >= 0) cases.value.splice(i, 1, c)
    else cases.value.push(c)
  }

  async function create(draft: MethodInput<'createCase'>): Promise<AppError | null> {
    const result = await api.createCase(draft)
    if (!result.ok) return result.error
    put(result.data)
    select(result.data.id)
    return null
  }

  async function update(
    id: string,
    patch: MethodInput<'updateCase'>['patch']
  ): Promise<AppError | null> {
    const result = await api.updateCase({ id, patch })
    if (!result.ok) return result.error
    put(result.data)
    return null
  }

  async function remove(id: string): Promise<AppError | null> {
    const result = await api.deleteCase({ id })
    if (!result.ok) return result.error
    cases.value = cases.value.filter((c) => c.id !== id)
    return null
  }

  /**
   * Whether a typed number is valid for its country: main holds the phone metadata, so the
   * renderer does not. An unanswered check counts as invalid.
   */
  async function checkNumber(number: string, country: string): Promise<boolean> {
    const result = await api.checkNumber({ number, country })
    return result.ok && result.data.valid
  }

  return { cases, loaded, selectedId, selected, load, select, create, update, remove, checkNumber }
})
