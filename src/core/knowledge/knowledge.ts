import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { z } from 'zod'
import type { PlaybookKind } from '../../shared/domain/playbook-kind'
import { resourceFile } from '../resource-file'
import { CarrierFile, CountryFile, KindFile, ServiceFile } from './knowledge-schema'

/** Everything resources/knowledge/ holds, read and shape-checked. */
export interface Knowledge {
  /** In the order of their ids. */
  services: ServiceFile[]
  service: ReadonlyMap<string, ServiceFile>
  /** In the order of their ids. */
  carriers: CarrierFile[]
  /** By upper-case country code. */
  countries: ReadonlyMap<string, CountryFile>
  kinds: ReadonlyMap<PlaybookKind, KindFile>
  /** Help-desk and privacy-request hosts many companies use (lists/shared-help-hosts.json). */
  sharedHelpHosts: string[]
}

/** Where the knowledge base is: UNLINKER_KNOWLEDGE_DIR when set (tests), else shipped. */
export function knowledgeDir(): string {
  return process.env.UNLINKER_KNOWLEDGE_DIR || resourceFile('knowledge')
}

/** The JSON files of one folder, by name. */
export function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
}

/** A file that does not fit its shape stops the app with its name and the first problem. */
function readAll<T extends z.ZodType>(dir: string, schema: T): Array<z.infer<T>> {
  return jsonFiles(dir).map((name) => {
    const file = join(dir, name)
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`)
    }
    return parsed.data
  })
}

/** Reads the whole knowledge base from a folder laid out as resources/knowledge/ is. */
export function readKnowledge(dir = knowledgeDir()): Knowledge {
  const kinds = readAll(join(dir, 'kinds'), KindFile)
  const services = readAll(join(dir, 'services'), ServiceFile)
  return {
    services,
    service: new Map(services.map((s) => [s.id, s])),
    carriers: readAll(join(dir, 'carriers'), CarrierFile),
    countries: new Map(readAll(join(dir, 'countries'), CountryFile).map((c) => [c.country, c])),
    kinds: new Map(kinds.map((k) => [k.kind, k])),
    sharedHelpHosts: readSharedHelpHosts(dir)
  }
}

function readSharedHelpHosts(dir: string): string[] {
  const file = join(dir, 'lists', 'shared-help-hosts.json')
  if (!existsSync(file)) return []
  const list = JSON.parse(readFileSync(file, 'utf8')) as { hosts: Array<{ host: string }> }
  return list.hosts.map((h) => h.host)
}

let loaded: Knowledge | undefined

/** The app's knowledge base, read the first time it is needed. */
export function appKnowledge(): Knowledge {
  loaded ??= readKnowledge()
  return loaded
}
