import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { AppError } from '../../../shared/result'
import { api } from '../api/client'
import { useAccountsStore } from './accounts'
import { useCasesStore } from './cases'
import { usePeopleStore } from './people'
import { useProofsStore } from './proofs'

/**
 * Whether any record is example data, and the one action that removes all of it. The
 * records themselves carry the mark (see ExampleFlag); this only reads the other stores.
 */
export const useExampleDataStore = defineStore('exampleData', () => {
  const cases = useCasesStore()
  const accounts = useAccountsStore()
  const people = usePeopleStore()
  const proofs = useProofsStore()

  const present = computed(
    () =>
      cases.cases.some((c) => c.example) ||
      accounts.accounts.some((a) => a.example) ||
      people.people.some((p) => p.example) ||
      proofs.proofs.some((p) => p.example)
  )

  async function reload(): Promise<void> {
    await Promise.all([cases.load(), accounts.load(), people.load(), proofs.load()])
  }

  /** Loads what the banner needs to know, once. */
  async function check(): Promise<void> {
    const waiting = [cases, accounts, people, proofs].filter((store) => !store.loaded)
    await Promise.all(waiting.map((store) => store.load()))
  }

  async function load(): Promise<{ accounts: number; notNeeded: number } | AppError> {
    const result = await api.loadExampleData({})
    if (!result.ok) return result.error
    await reload()
    return result.data
  }

  async function remove(): Promise<AppError | null> {
    const result = await api.removeExampleData({})
    // Reloaded either way: whatever was removed before a failure is gone from the lists too.
    await reload()
    return result.ok ? null : result.error
  }

  return { present, check, load, remove }
})
