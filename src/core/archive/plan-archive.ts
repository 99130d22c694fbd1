import { sanitiseFileName, uniqueNames } from '../../shared/archive/archive-names'
import type { ManifestFile } from '../../shared/archive/manifest'
import type { StoreData } from '../store/schema'

/**
 * Where each proof goes in the archive: `proofs/<case>/<kind>-<document date>-<service>-<name>`
 * with the service named in the archive's language, safe to unpack on any system (UTF-8
 * names, which yazl flags as such; characters Windows forbids replaced; at most 120 bytes),
 * and unique even when two files share a name.
 */
export function planProofPaths(
  data: StoreData,
  /** What an account's service is called in the archive's language. */
  serviceName: (account: StoreData['accounts'][number]) => string = (a) => a.name
): ManifestFile[] {
  const caseDirs = new Map(data.cases.map((c) => [c.id, caseFolder(c)]))
  const accounts = new Map(data.accounts.map((a) => [a.id, a]))
  const unique = uniqueNames()
  const uniqueDirs = uniqueNames()
  const dirOfCase = new Map<string, string>()
  for (const [id, name] of caseDirs) dirOfCase.set(id, uniqueDirs('proofs', name))

  const sorted = [...data.proofs].sort((a, b) => a.addedAt.localeCompare(b.addedAt))
  return sorted.map((proof) => {
    const account = proof.ownerType === 'account' ? accounts.get(proof.ownerId) : undefined
    const caseId = proof.ownerType === 'case' ? proof.ownerId : account?.caseId
    const dir = `proofs/${(caseId && dirOfCase.get(caseId)) || 'other'}`
    const parts = [
      proof.kind,
      proof.documentDate,
      account && serviceName(account),
      proof.originalName
    ]
    const name = unique(dir, sanitiseFileName(parts.filter(Boolean).join('-')))
    return { proofId: proof.id, path: `${dir}/${name}`, size: proof.size, sha256: proof.sha256 }
  })
}

function caseFolder(c: StoreData['cases'][number]): string {
  const label = c.number
    ? c.number.replace(/^\+/, '')
    : `${c.carrier || 'number'}-${c.id.slice(0, 8)}`
  return sanitiseFileName(label)
}
