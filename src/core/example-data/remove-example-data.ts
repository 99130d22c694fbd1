import { DomainError } from '../errors'
import { PLACEHOLDER_CASE } from '../store/migrations'
import type { DemoDeps } from './load-example-data'

export interface RemovedExample {
  cases: number
  accounts: number
  people: number
  proofs: number
}

/**
 * Removes every record marked as example data and nothing else, in one write. Proofs
 * go without the retention question (they prove nothing of the user's). An example number
 * that the user has since given accounts, people or proofs of their own is kept for them,
 * emptied of the example's details (number, carrier, dates, notes), for them to fill in.
 */
export async function removeExampleData(deps: DemoDeps): Promise<RemovedExample> {
  const data = deps.data()
  const any = [data.cases, data.accounts, data.people, data.proofs].some((list) =>
    list.some((r) => r.example)
  )
  if (!any) throw new DomainError('notFound', 'There is no example data to remove.')
  const { removed, files } = await deps.mutate(() => {
    const counts: RemovedExample = { cases: 0, accounts: 0, people: 0, proofs: 0 }
    const gone: string[] = []
    for (const proof of data.proofs.filter((p) => p.example)) {
      const { fileInUse } = deps.proofs.delete(proof.id, true)
      if (!fileInUse) gone.push(proof.sha256)
      counts.proofs++
    }
    for (const account of data.accounts.filter((a) => a.example)) {
      deps.accounts.delete(account.id)
      counts.accounts++
    }
    for (const person of data.people.filter((p) => p.example)) {
      deps.people.delete(person.id)
      counts.people++
    }
    for (const c of data.cases.filter((x) => x.example)) {
      const inUse =
        data.accounts.some((a) => a.caseId === c.id) ||
        data.people.some((p) => p.caseId === c.id) ||
        data.proofs.some((p) => p.ownerType === 'case' && p.ownerId === c.id)
      if (!inUse) {
        deps.cases.delete(c.id)
        counts.cases++
        continue
      }
      Object.assign(c, PLACEHOLDER_CASE, { updatedAt: deps.now().toISOString() })
      delete c.example
    }
    return { removed: counts, files: gone }
  })
  // After the write: a file goes only once no record names it any more.
  for (const sha256 of files) await deps.vault.remove(sha256).catch(() => undefined)
  return removed
}
