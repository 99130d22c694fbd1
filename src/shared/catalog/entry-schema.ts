import { z } from 'zod'
import { CATEGORIES, HttpUrl, USAGES } from '../domain/account'
import { PLAYBOOK_KINDS } from '../domain/playbook-kind'

/** The shape of a catalog entry, checked by the catalog's own tests. */
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
