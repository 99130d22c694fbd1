import type { Account } from '../domain/account'
import { isUnlinked } from '../domain/account-values'
import type { Case } from '../domain/case'
import { toDateOnly } from '../domain/dates-values'
import type { Proof } from '../domain/proof'
import { reportDay, reportSize, type Translate } from './report-model'

/**
 * The statement of cancellation of one number: what its holder hands a bank, a notary or
 * the police when a stranger who got the old number uses it. One column in the app's
 * language and, side by side, one in the language of the number's country, the same
 * facts in each, so either reader can check the other.
 */

/** The app's languages a country's own readers read; others get the app's language only. */
const COUNTRY_LANGUAGE: Readonly<Record<string, string>> = { RU: 'ru', CN: 'zh-CN' }

/** The statement's languages: the app's first, then the number's country's if it differs. */
export function statementLanguages(appLanguage: string, country: string): string[] {
  const own = COUNTRY_LANGUAGE[country]
  return own && own !== appLanguage ? [appLanguage, own] : [appLanguage]
}

export interface StatementInput {
  number: Case
  /** Every account and proof; those of this number are picked here. */
  accounts: readonly Account[]
  proofs: readonly Proof[]
  languages: readonly string[]
  /** The app's messages in a language. */
  translate: (language: string) => Translate
  /** The number as people write it (international format). */
  phone: (e164: string | null) => string
  /** The carrier's name in a language. */
  carrierName: (language: string) => string
  /** What an account's service is called in a language. */
  serviceName: (account: Account, language: string) => string
  /** Where a proof is in the archive; the print view names the original file. */
  fileOf?: (proof: Proof) => string
  /** The day the statement is made (YYYY-MM-DD). */
  today: string
}

export interface StatementLine {
  key: string
  label: string
  value: string
}

export interface StatementColumn {
  language: string
  title: string
  facts: StatementLine[]
  declaration: string
  signature: string
  signedOn: string
  proofsTitle: string
  proofsIntro: string
  /** One entry per proof, in the same order in every column. */
  proofs: Array<{ file: string; lines: StatementLine[]; sha256: string; shaLabel: string }>
  accountsTitle: string
  /** One entry per unlinked account, in the same order in every column. */
  accounts: Array<{ name: string; on: string }>
  none: string
  madeOn: string
}

export interface Statement {
  caseId: string
  /** Repeated at the top of every sheet. */
  header: string
  /** At the foot of every sheet, beside the page count. */
  footer: string
  /** "Page {page} of {pages}" in the first language. */
  pageOf: string
  columns: StatementColumn[]
}

/** The day an account stopped using the number: older records only know their last change. */
const unlinkedDay = (a: Account): string => toDateOnly(new Date(a.unlinkedAt ?? a.updatedAt))

export function statementModel(input: StatementInput): Statement {
  const c = input.number
  const accounts = input.accounts.filter((a) => a.caseId === c.id)
  const own = new Set(accounts.map((a) => a.id))
  const proofs = input.proofs
    .filter((p) => (p.ownerType === 'case' ? p.ownerId === c.id : own.has(p.ownerId)))
    .sort(
      (a, b) => a.documentDate.localeCompare(b.documentDate) || a.addedAt.localeCompare(b.addedAt)
    )
  const unlinked = accounts
    .filter((a) => isUnlinked(a.status) && unlinkedDay(a) <= input.today)
    .sort((a, b) => unlinkedDay(a).localeCompare(unlinkedDay(b)))
  const number = input.phone(c.number) || '—'

  const columns = input.languages.map((language): StatementColumn => {
    const t = input.translate(language)
    const day = (date: string | null): string => reportDay(language, date)
    const carrier = input.carrierName(language) || '—'
    const cancelled = c.cancellationDate ? day(c.cancellationDate) : null
    return {
      language,
      title: t('statement.title'),
      facts: [
        { key: 'number', label: t('statement.number'), value: number },
        { key: 'holder', label: t('statement.holder'), value: c.holderName },
        { key: 'carrier', label: t('statement.carrier'), value: carrier },
        {
          key: 'how',
          label: t('statement.how'),
          value: c.channel ? t(`case.channels.${c.channel}`) : '—'
        },
        { key: 'status', label: t('statement.status'), value: t(`caseStatus.${c.status}`) },
        { key: 'date', label: t('statement.date'), value: cancelled ?? '—' },
        { key: 'reference', label: t('statement.reference'), value: c.reference || '—' },
        { key: 'notMineFrom', label: t('statement.notMineFrom'), value: cancelled ?? '—' }
      ],
      declaration: cancelled
        ? t('statement.declaration', { number, carrier, date: cancelled })
        : t('statement.declarationNoDate', { number, carrier }),
      signature: t('statement.signature'),
      signedOn: t('statement.signedOn'),
      proofsTitle: t('statement.proofs'),
      proofsIntro: t('statement.proofsIntro'),
      proofs: proofs.map((p) => ({
        file: input.fileOf?.(p) ?? p.originalName,
        lines: [
          { key: 'kind', label: t('statement.proofKind'), value: t(`proofKind.${p.kind}`) },
          { key: 'dated', label: t('statement.proofDated'), value: day(p.documentDate) },
          {
            key: 'size',
            label: t('statement.proofSize'),
            value: reportSize(language, p.size, t)
          }
        ],
        sha256: p.sha256,
        shaLabel: 'SHA-256'
      })),
      accountsTitle: t('statement.accounts', { date: day(input.today) }),
      accounts: unlinked.map((a) => ({
        name: input.serviceName(a, language),
        on: t('statement.unlinkedOn', { date: day(unlinkedDay(a)) })
      })),
      none: t('statement.none'),
      madeOn: t('statement.madeOn', { date: day(input.today) })
    }
  })
  const first = input.translate(input.languages[0] ?? 'en')
  return {
    caseId: c.id,
    header: [first('statement.title'), number, c.holderName].filter(Boolean).join(' · '),
    footer: first('statement.madeOn', { date: reportDay(input.languages[0] ?? 'en', input.today) }),
    pageOf: first('report.pageOf', { page: '{page}', pages: '{pages}' }),
    columns
  }
}
