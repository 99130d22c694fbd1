import { fold } from '../text/fold'

type Named = { catalogId: string | null; name: string }

const nameKey = (a: Named): string => fold(a.name.trim())

/**
 * What makes two accounts one service: the same catalog entry, or the same name (folded:
 * case, accents and "ё" aside) when neither comes from the catalog. One typed by hand is
 * the catalog's service of the same name ("Alipay" added by hand is Alipay); two
 * different catalog entries are two services, whatever their names.
 */
export function sameService(a: Named, b: Named): boolean {
  if (a.catalogId !== null && b.catalogId !== null) return a.catalogId === b.catalogId
  return nameKey(a) === nameKey(b)
}

/**
 * Accounts that are the same service on the same number: groups of two or more, each in
 * the order the accounts were added, the groups in the order their first was. Keyed, not
 * compared pair by pair: the list is grouped again at every change of 10,000 accounts.
 */
export function duplicateGroups<T extends Named & { id: string; caseId: string }>(
  accounts: readonly T[]
): T[][] {
  const groups: Array<{ members: T[]; catalogId: string | null }> = []
  const byEntry = new Map<string, (typeof groups)[number]>()
  const byName = new Map<string, Array<(typeof groups)[number]>>()
  for (const a of accounts) {
    const named = `${a.caseId}\u0000${nameKey(a)}`
    const sameName = byName.get(named) ?? []
    const entry = a.catalogId === null ? null : `${a.caseId}\u0000${a.catalogId}`
    // A catalog account joins its entry's group, else one of its name with no entry yet;
    // one typed by hand joins the first group of its name.
    const group = entry
      ? (byEntry.get(entry) ?? sameName.find((g) => g.catalogId === null))
      : sameName[0]
    const joined = group ?? { members: [], catalogId: null }
    if (!group) groups.push(joined)
    joined.members.push(a)
    if (entry) {
      joined.catalogId ??= a.catalogId
      byEntry.set(entry, joined)
    }
    if (!sameName.includes(joined)) byName.set(named, [...sameName, joined])
  }
  return groups.map((g) => g.members).filter((members) => members.length > 1)
}
