import { displayName } from '../../shared/catalog/display-name'
import { toDateOnly } from '../../shared/domain/dates-values'
import { formatPhone } from '../../shared/domain/phone'
import {
  statementLanguages,
  statementModel,
  type Statement
} from '../../shared/report/statement-model'
import type { Catalog } from '../catalog/catalog'
import { translate } from '../i18n/messages'
import { carrierFile } from '../knowledge/cancellation-guide'
import type { Knowledge } from '../knowledge/knowledge'
import type { StoreData } from '../store/schema'

export interface StatementSources {
  data: Pick<StoreData, 'cases' | 'accounts' | 'proofs'>
  knowledge: Knowledge
  catalog: () => Catalog
  /** The app's language: the statement's first column. */
  language: string
  /** The day it is made. */
  now: Date
  /** Where each proof is in the archive, when the statement goes into one. */
  fileOf?: (proofId: string) => string | undefined
}

/** The statement of cancellation of one number, every name in each of its languages. */
export function statementOf(caseId: string, sources: StatementSources): Statement | null {
  const { data, knowledge } = sources
  const number = data.cases.find((c) => c.id === caseId)
  if (!number) return null
  const carrier = carrierFile(knowledge, number.carrier)
  return statementModel({
    number,
    accounts: data.accounts,
    proofs: data.proofs,
    languages: statementLanguages(sources.language, number.country),
    translate: (language) => (key, params) => translate(language, key, params),
    phone: formatPhone,
    carrierName: (language) =>
      carrier
        ? (carrier.names[language as keyof typeof carrier.names] ?? carrier.names.en)
        : number.carrier,
    serviceName: (account, language) =>
      displayName(
        account,
        account.catalogId ? sources.catalog().find(account.catalogId) : undefined,
        language
      ),
    fileOf: (proof) => sources.fileOf?.(proof.id) ?? proof.originalName,
    today: toDateOnly(sources.now)
  })
}
