import { fold } from '../text/fold'

type Named = { catalogId: string | null; name: string }

/**
 * What makes two accounts one service: the same catalog entry, or the same name (folded:
 * case, accents and "ё" aside) when neither comes from the catalog.
 */
export function serviceKey(a: Named): string {
  return a.catalogId !== null ? `catalog:${a.catalogId}` : `name:${fold(a.name.trim())}`
}

export function sameService(a: Named, b: Named): boolean {
  return serviceKey(a) === serviceKey(b)
}

/**
 * Accounts that are the same service on the same number: groups of two or more, each in
 * the order the accounts were added, the groups in the order their first was.
 */
export function duplicateGroups<T extends Named & { id: string; caseId: string }>(
  accounts: readonly T[]
): T[][] {
  const groups = new Map<string, T[]>()
  for (const a of accounts) {
    const key = `${a.caseId}\u0000${serviceKey(a)}`
    const group = groups.get(key)
    if (group) group.push(a)
    else groups.set(key, [a])
  }
  return [...groups.values()].filter((g) => g.length > 1)
}
