import { z } from 'zod'
import { CATEGORIES, HttpUrl, USAGES, type Usage } from '../domain/account'
import { PLAYBOOK_KINDS } from '../domain/playbook-kind'

export const CatalogEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Other spellings, so a search in Russian or Chinese finds it. */
  aliases: z.array(z.string()),
  category: z.enum(CATEGORIES),
  /** The ways it typically uses a phone number. */
  usages: z.array(z.enum(USAGES)),
  playbook: z.enum(PLAYBOOK_KINDS),
  /** Only where certain: no link beats an invented one. */
  url: HttpUrl.optional(),
  /** Registrable domains, for matching a password manager's export. */
  domains: z.array(z.string())
})
export type CatalogEntry = z.infer<typeof CatalogEntry>

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
