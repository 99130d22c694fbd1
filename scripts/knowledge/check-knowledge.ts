/**
 * The knowledge base's rules, each refusal naming the file, the field and the rule. Run by
 * `npm run knowledge:check` (scripts/knowledge-check.ts) and by its test, which feeds it
 * one bad file per rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import type { z } from 'zod'
import {
  CarrierFile,
  CountryFile,
  KindFile,
  ServiceFile,
  type Source
} from '../../src/core/knowledge/knowledge-schema'
import { hostOf, isUnder, registrable } from '../../src/core/knowledge/hosts'

/** Every rule, with what it refuses: the check names one of these with each problem. */
export const RULES = {
  json: 'the file is not valid JSON',
  shape: 'the file does not fit the knowledge schema',
  'file-name': 'a file is named after its id (services/<id>.json, countries/<cc>.json)',
  'source-required': 'a guidance text, carrier, country or clock fact needs at least one source',
  'phone-fact-source':
    'a phone fact needs a source (or `unverified: true` if migrated without one); only `unknown` needs none',
  'unverified-with-source': 'a fact with a source is not unverified: drop `unverified`',
  'unverified-ceiling': 'the number of unverified facts may only go down',
  https: 'every link and source is https (an archived copy may sit beside the original)',
  'official-host':
    '`official` only on one of the entry’s own domains or a state body’s (scripts/knowledge/lists/state-domains.json)',
  denylisted: 'a source on the denylist (scripts/knowledge/lists/denylist.json) is never a source',
  'dataset-kind': 'a data set’s page is tagged dataset, and dataset only a data set’s page',
  'ru-cyrillic': 'a Russian text or name is written in Cyrillic',
  'zh-han': 'a Chinese text or name is written in Chinese characters',
  'zh-punctuation':
    'Chinese uses full-width punctuation: no ASCII ,:;?!() next to a Chinese character',
  'zh-you': 'Chinese says 你, not 您',
  placeholders: 'each language’s text has the same {placeholders}',
  'domain-twice': 'a domain belongs to one entry only',
  'duplicate-id': 'ids within one list are unique',
  'folds-in':
    '`foldsIn` and `keptApart` name generated entries, each folded into one curated entry only'
} as const
export type Rule = keyof typeof RULES

export interface Problem {
  /** Relative to the project, as a contributor opens it. */
  file: string
  /** Where in the file: statement ids stand for their place in a list. */
  field: string
  rule: Rule
  message: string
}

export interface CheckResult {
  problems: Problem[]
  files: number
  unverified: number
  ceiling: number
}

interface Lists {
  denylist: Array<{ host: string; why: string }>
  stateDomains: string[]
  datasetPrefixes: string[]
  ceiling: number
}

const CYRILLIC = /[\u0400-\u04ff]/
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/
/** An ASCII ,:;?!() beside a Chinese character or Chinese punctuation (（+1…) half-mended). */
const ASCII_BESIDE_HAN =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef][,:;?!()]|[,:;?!()][\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/

type FileKind = 'service' | 'carrier' | 'country' | 'kind'
const FOLDERS: Array<{ folder: string; kind: FileKind; schema: z.ZodType }> = [
  { folder: 'services', kind: 'service', schema: ServiceFile },
  { folder: 'carriers', kind: 'carrier', schema: CarrierFile },
  { folder: 'countries', kind: 'country', schema: CountryFile },
  { folder: 'kinds', kind: 'kind', schema: KindFile }
]

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

/** The check's own lists: the denylist, state domains, data sets and the unverified ceiling. */
export const LISTS_DIR = resolve(import.meta.dirname, 'lists')

function readLists(lists: string): Lists {
  const deny = readJson(join(lists, 'denylist.json')) as { hosts: Lists['denylist'] }
  const state = readJson(join(lists, 'state-domains.json')) as { domains: { domain: string }[] }
  const data = readJson(join(lists, 'datasets.json')) as { prefixes: { prefix: string }[] }
  const ceiling = readJson(join(lists, 'unverified-ceiling.json')) as { unverified: number }
  return {
    denylist: deny.hosts,
    stateDomains: state.domains.map((d) => d.domain),
    datasetPrefixes: data.prefixes.map((p) => p.prefix),
    ceiling: ceiling.unverified
  }
}

/** A readable place in a file: a list element by its id where it has one. */
type Path = Array<string | number>
function fieldOf(path: Path): string {
  return path.map(String).join('.')
}
function step(list: unknown[], i: number): string | number {
  const item = list[i]
  if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string')
    return item.id
  return i
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',')
}

/**
 * Checks a folder laid out as resources/knowledge/ is against the check's lists, the generated
 * catalog the curated entries fold generated ones from, and the app's Chinese messages.
 */
export function checkKnowledge(options: {
  dir: string
  /** Where denylist.json, state-domains.json, datasets.json and the ceiling are. */
  listsDir?: string
  generatedFile?: string
  zhLocaleFile?: string
  /** Paths are written relative to this folder. */
  root?: string
}): CheckResult {
  const root = options.root ?? process.cwd()
  const problems: Problem[] = []
  const listsDir = options.listsDir ?? LISTS_DIR
  const lists = readLists(listsDir)
  let unverified = 0
  let files = 0

  const parsed: Array<{ file: string; kind: FileKind; data: Record<string, unknown> }> = []
  for (const { folder, kind, schema } of FOLDERS) {
    const path = join(options.dir, folder)
    if (!existsSync(path)) continue
    for (const name of readdirSync(path)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      files++
      const file = relative(root, join(path, name))
      let raw: unknown
      try {
        raw = readJson(join(path, name))
      } catch (error) {
        problems.push({ file, field: '', rule: 'json', message: (error as Error).message })
        continue
      }
      const result = schema.safeParse(raw)
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push({
            file,
            field: fieldOf(issue.path as Path),
            rule: 'shape',
            message: issue.message
          })
        continue
      }
      parsed.push({ file, kind, data: result.data as Record<string, unknown> })
    }
  }

  const carriers = parsed.filter((p) => p.kind === 'carrier').map((p) => p.data as CarrierFile)

  for (const { file, kind, data } of parsed) {
    const report = (field: Path, rule: Rule, message: string = RULES[rule]): void => {
      problems.push({ file, field: fieldOf(field), rule, message })
    }
    // Who may be official here: the entry's own domains, a state body, and for a country
    // the domains of its carriers.
    const own: string[] =
      kind === 'service' || kind === 'carrier'
        ? (data.domains as string[]).map(registrable)
        : kind === 'country'
          ? carriers
              .filter((c) => c.country === (data as CountryFile).country)
              .flatMap((c) => c.domains.map(registrable))
          : []

    checkFileName(file, kind, data, report)
    walk(data, [], {
      source: (s, at) => checkSource(s, at, own, lists, report),
      texts: (t, at, isName) => checkTexts(t, at, isName, report),
      link: (url, at) => {
        if (!url.startsWith('https://')) report(at, 'https', `${url} is not an https link`)
      }
    })
    for (const [list, at] of statementLists(kind, data))
      checkStatements(list, at, kind === 'kind', report)
    if (kind === 'service') unverified += checkPhoneFacts(data as ServiceFile, report)
    if (kind === 'country')
      for (const [name, clock] of Object.entries((data as CountryFile).clocks))
        if (clock && clock.days !== null && clock.sources.length === 0)
          report(['clocks', name, 'sources'], 'source-required', `the ${name} clock has no source`)
  }

  checkDomains(parsed, problems)
  if (options.generatedFile) checkFolds(parsed, options.generatedFile, problems)
  if (options.zhLocaleFile)
    checkZhLocale(relative(root, options.zhLocaleFile), options.zhLocaleFile, problems)

  if (unverified > lists.ceiling)
    problems.push({
      file: relative(root, join(listsDir, 'unverified-ceiling.json')),
      field: 'unverified',
      rule: 'unverified-ceiling',
      message: `${unverified} unverified facts, more than the ceiling of ${lists.ceiling}: give the new fact its source`
    })
  else if (unverified < lists.ceiling)
    problems.push({
      file: relative(root, join(listsDir, 'unverified-ceiling.json')),
      field: 'unverified',
      rule: 'unverified-ceiling',
      message: `${unverified} unverified facts, fewer than the ceiling of ${lists.ceiling}: lower the ceiling to ${unverified} so it cannot grow back`
    })
  return { problems, files, unverified, ceiling: lists.ceiling }
}

function checkFileName(
  file: string,
  kind: FileKind,
  data: Record<string, unknown>,
  report: (field: Path, rule: Rule, message?: string) => void
): void {
  const name = basename(file, '.json')
  const id =
    kind === 'country'
      ? String(data.country).toLowerCase()
      : kind === 'kind'
        ? String(data.kind)
        : String(data.id)
  if (name !== id)
    report(
      [kind === 'country' ? 'country' : kind === 'kind' ? 'kind' : 'id'],
      'file-name',
      `the file is ${name}.json but its id is ${id}`
    )
}

/** Every source, text in three languages and link of a file, wherever it sits. */
function walk(
  value: unknown,
  at: Path,
  visit: {
    source: (s: Source, at: Path) => void
    texts: (t: Record<string, string>, at: Path, isName: boolean) => void
    link: (url: string, at: Path) => void
  }
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...at, step(value, i)], visit))
    return
  }
  if (!value || typeof value !== 'object') return
  const last = at[at.length - 1]
  const record = value as Record<string, unknown>
  if (
    typeof record.en === 'string' &&
    Object.keys(record).every((k) => ['en', 'ru', 'zh-CN'].includes(k))
  ) {
    visit.texts(record as Record<string, string>, at, last === 'names')
    return
  }
  for (const [key, child] of Object.entries(record)) {
    if ((key === 'sources' || key === 'nameSources') && Array.isArray(child)) {
      child.forEach((source, i) => visit.source(source as Source, [...at, key, i]))
      continue
    }
    if (key === 'links' && child && typeof child === 'object') {
      for (const [kind, url] of Object.entries(child)) visit.link(String(url), [...at, key, kind])
      continue
    }
    if (key === 'url' && typeof child === 'string') {
      visit.link(child, [...at, key])
      continue
    }
    walk(child, [...at, key], visit)
  }
}

function checkSource(
  s: Source,
  at: Path,
  own: readonly string[],
  lists: Lists,
  report: (field: Path, rule: Rule, message?: string) => void
): void {
  for (const [field, url] of [
    ['url', s.url],
    ['archived', s.archived]
  ] as const) {
    if (url === undefined) continue
    if (!url.startsWith('https://') || !hostOf(url))
      report([...at, field], 'https', `${url} is not an https address`)
    const host = hostOf(url)
    const denied = host ? lists.denylist.find((d) => isUnder(host, d.host)) : undefined
    if (denied) report([...at, field], 'denylisted', `${denied.host} is denylisted: ${denied.why}`)
  }
  const host = hostOf(s.url)
  const dataset = lists.datasetPrefixes.some((p) => s.url.startsWith(p))
  if (dataset && s.kind !== 'dataset')
    report(
      [...at, 'kind'],
      'dataset-kind',
      `${s.url} is a data set's page: tag it dataset, not ${s.kind}`
    )
  if (!dataset && s.kind === 'dataset')
    report(
      [...at, 'kind'],
      'dataset-kind',
      `${s.url} is not one of the data sets (scripts/knowledge/lists/datasets.json)`
    )
  if (s.kind === 'official' && host && !dataset) {
    const mine = own.some((d) => isUnder(host, d))
    const state = lists.stateDomains.some((d) => isUnder(host, d))
    if (!mine && !state)
      report(
        [...at, 'kind'],
        'official-host',
        `${host} is neither one of the entry's domains nor a state body's: tag it news or unofficial, or cite the service's own page`
      )
  }
}

function checkTexts(
  t: Record<string, string>,
  at: Path,
  isName: boolean,
  report: (field: Path, rule: Rule, message?: string) => void
): void {
  const ru = t.ru
  const zh = t['zh-CN']
  if (ru !== undefined && !CYRILLIC.test(ru.replace(/https?:\/\/\S+/g, '')))
    report([...at, 'ru'], 'ru-cyrillic', `"${ru}" has no Cyrillic letter`)
  if (zh !== undefined) {
    if (!HAN.test(zh)) report([...at, 'zh-CN'], 'zh-han', `"${zh}" has no Chinese character`)
    const ascii = ASCII_BESIDE_HAN.exec(zh)
    if (ascii)
      report(
        [...at, 'zh-CN'],
        'zh-punctuation',
        `"${ascii[0]}" in "${zh}": use full-width ，：；？！（）`
      )
    if (zh.includes('您')) report([...at, 'zh-CN'], 'zh-you', `"${zh}" says 您: say 你`)
  }
  if (!isName) {
    const want = placeholders(t.en ?? '')
    for (const language of ['ru', 'zh-CN'] as const) {
      const text = t[language]
      if (text !== undefined && placeholders(text) !== want)
        report(
          [...at, language],
          'placeholders',
          `{${placeholders(text)}} where English has {${want}}`
        )
    }
  }
}

/** The lists of statements a file has, with where each is. */
function statementLists(kind: FileKind, data: Record<string, unknown>): Array<[unknown[], Path]> {
  const out: Array<[unknown[], Path]> = []
  const alternatives = (a: Record<string, unknown[]>, at: Path): void => {
    for (const [name, list] of Object.entries(a)) out.push([list, [...at, name]])
  }
  if (kind === 'service') {
    const s = data as ServiceFile
    if (s.playbook)
      for (const part of ['steps', 'waits', 'route', 'stranger', 'contacts'] as const)
        out.push([s.playbook[part], ['playbook', part]])
    if (s.facts) out.push([s.facts, ['facts']])
    if (s.smsSenders) out.push([s.smsSenders, ['smsSenders']])
  } else if (kind === 'carrier') {
    const c = data as CarrierFile
    out.push([c.termination, ['termination']])
    alternatives(c.alternatives, ['alternatives'])
  } else if (kind === 'country') {
    const c = data as CountryFile
    out.push(
      [c.stateChecks, ['stateChecks']],
      [c.termination, ['termination']],
      [c.fromAbroad, ['fromAbroad']]
    )
    alternatives(c.alternatives, ['alternatives'])
  } else {
    const k = data as KindFile
    out.push([k.route, ['route']], [k.stranger, ['stranger']])
  }
  return out
}

/** Each statement has a source (a kind's general advice aside) and an id of its own. */
function checkStatements(
  list: unknown[],
  at: Path,
  general: boolean,
  report: (field: Path, rule: Rule, message?: string) => void
): void {
  const seen = new Set<string>()
  list.forEach((item, i) => {
    const s = item as { id?: string; sources?: Source[]; kind?: string; sender?: string }
    const key = s.id ?? s.kind ?? s.sender
    if (key !== undefined) {
      if (seen.has(key))
        report([...at, key], 'duplicate-id', `${key} appears twice in ${fieldOf(at)}`)
      seen.add(key)
    }
    if (!general && (s.sources ?? []).length === 0)
      report([...at, step(list, i), 'sources'], 'source-required')
  })
}

/** Each phone fact has its source or says it has none; answers how many say so. */
function checkPhoneFacts(
  s: ServiceFile,
  report: (field: Path, rule: Rule, message?: string) => void
): number {
  let unverified = 0
  for (const [name, fact] of Object.entries(s.phone)) {
    if (!fact) continue
    const at = ['phone', name]
    if (fact.unverified && fact.sources.length > 0) report(at, 'unverified-with-source')
    // Saying "not known" claims nothing, so it needs no page.
    const unknown = fact.value === 'unknown'
    if (fact.unverified) unverified++
    else if (fact.sources.length === 0 && !unknown) report([...at, 'sources'], 'phone-fact-source')
  }
  return unverified
}

/** No domain belongs to two services, nor to two carriers. */
function checkDomains(
  parsed: Array<{ file: string; kind: FileKind; data: Record<string, unknown> }>,
  problems: Problem[]
): void {
  for (const kind of ['service', 'carrier'] as const) {
    const owner = new Map<string, string>()
    for (const { file, data } of parsed.filter((p) => p.kind === kind)) {
      const mine = new Set<string>()
      for (const domain of data.domains as string[]) {
        const d = domain.toLowerCase().replace(/\.$/, '')
        const other = owner.get(d)
        if (mine.has(d) || (other && other !== file))
          problems.push({
            file,
            field: 'domains',
            rule: 'domain-twice',
            message: `${d} belongs to ${other && other !== file ? other : 'this file'} already`
          })
        mine.add(d)
        if (!other) owner.set(d, file)
      }
    }
  }
}

/** foldsIn names generated entries that exist, each folded into one curated entry. */
function checkFolds(
  parsed: Array<{ file: string; kind: FileKind; data: Record<string, unknown> }>,
  generatedFile: string,
  problems: Problem[]
): void {
  const generated = new Set(
    (readJson(generatedFile) as { entries: Array<{ id: string }> }).entries.map((e) => e.id)
  )
  const foldedBy = new Map<string, string>()
  for (const { file, data } of parsed.filter((p) => p.kind === 'service')) {
    for (const id of (data as ServiceFile).keptApart ?? [])
      if (!generated.has(id))
        problems.push({
          file,
          field: `keptApart.${id}`,
          rule: 'folds-in',
          message: `no generated entry is called ${id}`
        })
    for (const id of (data as ServiceFile).foldsIn ?? []) {
      if (!generated.has(id))
        problems.push({
          file,
          field: `foldsIn.${id}`,
          rule: 'folds-in',
          message: `no generated entry is called ${id}`
        })
      const other = foldedBy.get(id)
      if (other)
        problems.push({
          file,
          field: `foldsIn.${id}`,
          rule: 'folds-in',
          message: `${id} is already folded into ${other}`
        })
      else foldedBy.set(id, file)
    }
  }
}

/** The Chinese punctuation and 你 rules over the app's own Chinese messages too. */
function checkZhLocale(file: string, path: string, problems: Problem[]): void {
  const visit = (node: unknown, at: string[]): void => {
    if (typeof node === 'string') {
      const ascii = ASCII_BESIDE_HAN.exec(node)
      if (ascii)
        problems.push({
          file,
          field: at.join('.'),
          rule: 'zh-punctuation',
          message: `"${ascii[0]}" in "${node}": use full-width ，：；？！（）`
        })
      if (node.includes('您'))
        problems.push({
          file,
          field: at.join('.'),
          rule: 'zh-you',
          message: `"${node}" says 您: say 你`
        })
      return
    }
    if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) visit(child, [...at, key])
  }
  visit(readJson(path), [])
}
