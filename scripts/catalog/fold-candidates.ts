import { isUnder } from '../../src/core/knowledge/hosts'
import type { GeneratedEntry } from './generate-entries'

/** A curated service as the fold review needs it. */
export interface ReviewedService {
  id: string
  domains: string[]
  foldsIn?: string[]
  keptApart?: string[]
}

/**
 * Generated entries that may be a curated service (they share one of its domains or sit
 * under one: drive.google.com under google.com) and that its review has neither folded in
 * nor kept apart: proposed for a person to decide, never folded by themselves.
 */
export function foldCandidates(
  services: readonly ReviewedService[],
  generated: ReadonlyArray<Pick<GeneratedEntry, 'id' | 'name' | 'domains'>>
): Array<{ service: string; generated: string; name: string; domain: string }> {
  const out: Array<{ service: string; generated: string; name: string; domain: string }> = []
  const decided = new Set(services.flatMap((s) => [...(s.foldsIn ?? []), ...(s.keptApart ?? [])]))
  for (const g of generated) {
    if (decided.has(g.id)) continue
    for (const s of services) {
      const domain = g.domains.find((d) => s.domains.some((own) => isUnder(d, own)))
      if (domain) {
        out.push({ service: s.id, generated: g.id, name: g.name, domain })
        break
      }
    }
  }
  return out
}
