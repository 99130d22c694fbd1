import type { Account } from '../domain/account'
import type { Case } from '../domain/case'
import { checklistFor, type ChecklistItem } from '../domain/case-values'
import type { Person } from '../domain/person'
import { reissueClocks, type CountryClocks, type EstimateSource } from '../domain/phase'
import type { LeftOutProof } from '../domain/job'
import type { Proof } from '../domain/proof'
import { numberRetentionFacts, retentionOf } from '../domain/retention'
import { retentionWords } from './retention-words'

/** A message in the report's language: the main process and the window each bring theirs. */
export type Translate = (key: string, params?: Record<string, string | number>) => string

export interface ReportInput {
  language: string
  cases: readonly Case[]
  accounts: readonly Account[]
  people: readonly Person[]
  proofs: readonly Proof[]
  /** The day the report speaks of (YYYY-MM-DD): the export's, or today for the print view. */
  today: string
  t: Translate
  /** A number as people write it (international format); main has the phone metadata. */
  phone: (e164: string | null) => string
  /** Where a proof is in the archive; the print view names the original file. */
  fileOf?: (proof: Proof) => string
  /** What an account's service is called in the report's language; its own name if absent. */
  serviceName?: (account: Account) => string
  /**
   * What the knowledge base says of a case's country and carrier: its clocks, the carrier's
   * name and the store visit's checklist (main reads them; the window has them with each case).
   */
  knowledgeOf: (c: Case) => {
    clocks: CountryClocks
    carrierName: string
    storeChecklist: readonly ChecklistItem[]
  }
}

export interface ReportFact {
  key: string
  label: string
  value: string
  /** Where an estimate comes from, as text with its addresses. */
  source?: string
}

export interface ReportTable {
  columns: string[]
  rows: string[][]
  /** Columns shown in a fixed-width font (hashes), wrapped inside their cell. */
  mono?: number[]
  /** Columns kept on one line (sizes and dates). */
  nowrap?: number[]
  /**
   * Columns whose words are never cut: a narrow column would put Chinese (注销协议, a proof's
   * kind) one character a line, since Chinese may break between any two characters.
   */
  words?: number[]
}

export interface ReportCase {
  id: string
  heading: string
  facts: ReportFact[]
  checklistTitle: string
  checklist: Array<{ item: string; label: string; done: boolean }>
  accountsTitle: string
  summary: string
  accounts: ReportTable
  peopleTitle: string
  people: ReportTable
  proofsTitle: string
  proofs: ReportTable
}

/** The proofs an export leaves out, with why each one, in the report's language. */
export interface LeftOutSection {
  title: string
  body: string
  /** Each proof's name and what is wrong with its file, as one line. */
  items: Array<{ proofId: string; name: string; text: string }>
}

/**
 * What the report says of proofs whose files cannot be read: the archive's report tells
 * what was left out of it, the print view what an export would leave out now. Nothing to
 * say when every file reads.
 */
export function leftOutSection(
  leftOut: readonly LeftOutProof[],
  t: Translate,
  where: 'archive' | 'print'
): LeftOutSection | null {
  if (leftOut.length === 0) return null
  const keys =
    where === 'archive'
      ? { title: 'report.leftOutTitle', body: 'report.leftOutBody' }
      : { title: 'report.leftOutPrintTitle', body: 'report.leftOutPrintBody' }
  return {
    title: t(keys.title, { count: leftOut.length }),
    body: t(keys.body),
    items: leftOut.map((l) => ({
      proofId: l.proofId,
      name: l.name,
      text: t('report.leftOutItem', { name: l.name, problem: t(`report.leftOut.${l.problem}`) })
    }))
  }
}

/**
 * A date as the language writes it in running text. Russian drops the trailing "г.",
 * which would otherwise meet the sentence's own full stop ("2027 г..").
 */
export function reportDay(language: string, value: string | null | undefined): string {
  if (!value) return '—'
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value)
  const text = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: language === 'en' ? 'short' : 'long',
    day: 'numeric'
  }).format(date)
  return language === 'ru' ? text.replace(/\s*г\.$/, '') : text
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const

/** A byte count with the language's own unit names and number format. */
export function reportSize(language: string, bytes: number, t: Translate): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 })
  return `${number.format(value)} ${t(`report.units.${UNITS[unit]}`)}`
}

function sourcesText(language: string, sources: readonly EstimateSource[], t: Translate): string {
  return sources
    .map((s) => {
      const tag = t(`phase.source.tags.${s.tag}`)
      return `${s.url} (${s.date ? `${tag}, ${reportDay(language, s.date)}` : tag})`
    })
    .join('; ')
}

/**
 * What the report says about each number, in the report's language: the same words in the
 * archive's report.html and in the app's print view.
 */
export function reportModel(input: ReportInput): ReportCase[] {
  const { language, t } = input
  const day = (value: string | null | undefined): string => reportDay(language, value)
  return input.cases.map((c) => {
    const known = input.knowledgeOf(c)
    const accounts = input.accounts.filter((a) => a.caseId === c.id)
    const people = input.people.filter((p) => p.caseId === c.id)
    const accountIds = new Set(accounts.map((a) => a.id))
    const proofs = input.proofs.filter((p) =>
      p.ownerType === 'case' ? p.ownerId === c.id : accountIds.has(p.ownerId)
    )
    const done = accounts.filter((a) => a.status === 'unlinked' || a.status === 'verified')
    const counted = accounts.filter((a) => a.status !== 'notNeeded')

    const facts: ReportFact[] = [
      { key: 'carrier', label: t('report.carrier'), value: known.carrierName || '—' },
      {
        key: 'channel',
        label: t('report.channel'),
        value: c.channel ? t(`case.channels.${c.channel}`) : '—'
      },
      { key: 'status', label: t('report.status'), value: t(`caseStatus.${c.status}`) },
      {
        key: 'cancellationDate',
        label: t('report.cancellationDate'),
        value: day(c.cancellationDate)
      },
      { key: 'reference', label: t('report.reference'), value: c.reference || '—' },
      { key: 'lastUseDate', label: t('case.lastUseDate'), value: day(c.lastUseDate) },
      {
        key: 'replacementNumber',
        label: t('case.replacementNumber'),
        value: input.phone(c.replacementNumber) || '—'
      }
    ]
    for (const clock of reissueClocks(c, known.clocks)) {
      const own = clock.custom ? t('phase.source.own') : ''
      const published = sourcesText(language, clock.sources, t)
      facts.push({
        key: `reassign-${clock.kind}`,
        label: t(`report.reassign.${clock.kind}`),
        value: day(clock.reissueFrom),
        source: `${t('phase.source.label')} ${
          [published, own].filter(Boolean).join('; ') || t('phase.source.none')
        }`
      })
    }
    const retention = retentionOf(
      numberRetentionFacts(c, input.accounts, input.proofs),
      input.today
    )
    facts.push({
      key: 'keepUntil',
      label: t('retention.label'),
      value: retentionWords(retention, t, day, 'short')
    })

    return {
      id: c.id,
      heading: input.phone(c.number) || t('case.noNumber'),
      facts,
      checklistTitle: t('case.checklist'),
      checklist: checklistFor(c.channel, known.storeChecklist).map((item) => ({
        item,
        label: t(`checklist.${item}`),
        done: Boolean(c.checklist[item])
      })),
      accountsTitle: t('report.accounts'),
      summary: t('report.summary', { done: done.length, total: counted.length }),
      accounts: {
        columns: [
          t('report.service'),
          t('report.category'),
          t('report.accountStatus'),
          t('report.foundBy'),
          t('report.updated')
        ],
        rows: accounts.map((a) => [
          input.serviceName?.(a) ?? a.name,
          t(`category.${a.category}`),
          t(`status.${a.status}`),
          foundBy(a, t),
          day(a.updatedAt)
        ]),
        nowrap: [4]
      },
      peopleTitle: t('report.people'),
      people: {
        columns: [t('report.name'), t('report.contact'), t('report.notified')],
        rows: people.map((p) => [
          p.name,
          p.contact,
          p.status === 'notified' ? day(p.notifiedOn) : t(`personStatus.${p.status}`)
        ])
      },
      proofsTitle: t('report.proofs'),
      proofs: {
        columns: [
          t('report.file'),
          t('report.kind'),
          t('report.documentDate'),
          t('report.size'),
          t('report.sha256')
        ],
        rows: proofs.map((p) => [
          input.fileOf?.(p) ?? p.originalName,
          t(`proofKind.${p.kind}`),
          day(p.documentDate),
          reportSize(language, p.size, t),
          p.sha256
        ]),
        mono: [4],
        nowrap: [2, 3],
        words: [1]
      }
    }
  })
}

/** What discovery found of an account, as counts: why the app tied it to the number. */
function foundBy(account: Account, t: Translate): string {
  const { passwords, sms } = account.evidence ?? {}
  const parts: string[] = []
  if (passwords) {
    parts.push(t('report.foundPasswords', { logins: passwords.logins }))
    if (passwords.oldNumber) parts.push(t('report.foundOldLogin'))
  }
  if (sms) parts.push(t('report.foundSms', { messages: sms.messages, codes: sms.codes }))
  return parts.length ? parts.join('; ') : '—'
}
