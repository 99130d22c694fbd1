import type { Usage } from '../domain/account-values'
import type { CatalogEntry } from './entry-schema'

export type { CatalogEntry }

const CODES: Record<string, Usage> = {
  L: 'login',
  S: 'sms2fa',
  R: 'recovery',
  N: 'notifications',
  C: 'contact'
}

/** Compact entry: usages as letters (L login, S SMS codes, R recovery, N notifications, C contact). */
export function entry(
  id: string,
  name: string,
  category: CatalogEntry['category'],
  usages: string,
  playbook: CatalogEntry['playbook'],
  extra: { aliases?: string[]; url?: string; domains?: string[] } = {}
): CatalogEntry {
  return {
    id,
    name,
    category,
    usages: [...usages].map((c) => CODES[c]).filter((u): u is Usage => u !== undefined),
    playbook,
    aliases: extra.aliases ?? [],
    domains: extra.domains ?? [],
    ...(extra.url ? { url: extra.url } : {})
  }
}
