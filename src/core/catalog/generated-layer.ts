import { readFileSync } from 'node:fs'
import { z } from 'zod'
import {
  CATALOG_FACTS,
  CATALOG_SOURCES,
  DELETION_DIFFICULTIES,
  LINK_KINDS,
  NO_PLAN_FACTS,
  TFA_METHODS,
  type CatalogEntry
} from '../../shared/catalog/catalog-values'
import { CATEGORIES, playbookForCategory } from '../../shared/domain/account-values'
import { resourceFile } from '../resource-file'

const HttpsUrl = z.url({ protocol: /^https$/ })

/** One line of resources/catalog/catalog.json, as scripts/build-catalog.ts writes it. */
export const GeneratedEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  domains: z.array(z.string().min(1)).min(1),
  category: z.enum(CATEGORIES),
  regions: z.array(z.string().regex(/^[a-z]{2}$/)),
  tfa: z.array(z.enum(TFA_METHODS)),
  links: z.partialRecord(z.enum(LINK_KINDS), HttpsUrl),
  deletionDifficulty: z.enum(DELETION_DIFFICULTIES).optional(),
  sources: z.partialRecord(z.enum(CATALOG_FACTS), z.enum(CATALOG_SOURCES))
})

/** The whole file; tests check it with this, the app trusts what it ships. */
export const GeneratedFile = z.object({
  about: z.object({ format: z.literal(1), snapshots: z.record(z.string(), z.string()) }),
  entries: z.array(GeneratedEntry)
})

/** Where the generated catalog is: UNLINKER_CATALOG_FILE when set (benchmarks), else shipped. */
export function generatedCatalogFile(): string {
  return process.env.UNLINKER_CATALOG_FILE || resourceFile('catalog', 'catalog.json')
}

type GeneratedFile = z.infer<typeof GeneratedFile>

/**
 * Reads the generated layer; entries get the defaults curated ones spell out. The file is
 * ours and checked whole by a test, so only its format is checked here: a full schema
 * pass would cost more than the rest of start-up.
 */
export function readGeneratedLayer(file = generatedCatalogFile()): CatalogEntry[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as GeneratedFile
  if (parsed?.about?.format !== 1 || !Array.isArray(parsed.entries)) {
    throw new Error(`${file} is not a service catalog this version can read`)
  }
  return parsed.entries.map((e) => ({
    ...e,
    names: { en: e.name },
    aliases: [],
    roles: [],
    smsOrCall: e.tfa.includes('sms') || e.tfa.includes('call'),
    playbook: playbookForCategory(e.category),
    curated: false,
    facts: [],
    closed: false,
    ownPlaybook: false,
    plan: { ...NO_PLAN_FACTS, sources: {} }
  }))
}
