import type { PlanFacts } from '../catalog/catalog-values'
import type { Account } from './account'
import { isDone, type Category, type Usage } from './account-values'

export const RISK_LEVELS = ['critical', 'high', 'medium', 'low'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

/**
 * Why an account has its level, as codes the screen, the report and `unlinker plan --json`
 * share. The first five are the ways the number can take the account over, the next five
 * what is at stake if it does, the rest what the number gets without a takeover.
 */
export const RISK_REASONS = [
  /** Signs in with the number (a login or an SMS sign-in). */
  'smsLogin',
  /** Sends second-factor codes to it (by the account's roles or the user's answer). */
  'smsCodes',
  /** Recovers the account through it. */
  'recovery',
  /** Its text messages to the number held one-time codes. */
  'codesSeen',
  /** A saved login of a password manager is the number itself. */
  'loginIsNumber',
  /** A bank, a payment service or a wallet. */
  'money',
  /** A state service: the person's identity. */
  'identity',
  /** An e-mail provider: every account that resets through that mailbox. */
  'email',
  /** Other services sign in through it. */
  'signIn',
  /** The user marked it as the recovery address of other accounts. */
  'recoversOthers',
  /** Its service can send codes to a phone and the user has not said whether theirs does. */
  'codesUnanswered',
  /** It sends notices to the number. */
  'notifications',
  /** Its text messages to the number were notices (not advertisements). */
  'noticesSeen',
  /** The number is only a way to reach the person. */
  'contact'
] as const
export type RiskReason = (typeof RISK_REASONS)[number]

/** What the number could do to the account, and what the account holds. */
export interface RiskFindings {
  /** Ways the number can take the account over. */
  takeover: RiskReason[]
  /** What is at stake if it does. */
  stakes: RiskReason[]
  codesUnanswered: boolean
  /** What the number receives without a takeover. */
  notices: RiskReason[]
  contact: boolean
}

/**
 * The risk table, written once: the first row whose condition holds gives the level, and
 * the reasons it names are shown with it (on the account, in the plan and its JSON).
 */
export const RISK_TABLE: ReadonlyArray<{
  level: RiskLevel
  /** What the row says, in the words of the README's table. */
  rule: string
  reasons: (f: RiskFindings) => RiskReason[] | null
}> = [
  {
    level: 'critical',
    rule: 'the number can take the account over, and money, identity, e-mail, sign-in or another account’s recovery is at stake',
    reasons: (f) =>
      f.takeover.length > 0 && f.stakes.length > 0 ? [...f.takeover, ...f.stakes] : null
  },
  {
    level: 'high',
    rule: 'the number can take the account over without those stakes, or codes are not yet answered',
    reasons: (f) =>
      f.takeover.length > 0 ? f.takeover : f.codesUnanswered ? ['codesUnanswered'] : null
  },
  {
    level: 'medium',
    rule: 'the number gets its notifications',
    reasons: (f) => (f.notices.length > 0 ? f.notices : null)
  },
  {
    level: 'low',
    rule: 'contact only, or nothing known',
    reasons: (f) => (f.contact ? ['contact'] : [])
  }
]

const TAKEOVER_USAGES: ReadonlyArray<[Usage, RiskReason]> = [
  ['login', 'smsLogin'],
  ['sms2fa', 'smsCodes'],
  ['recovery', 'recovery']
]
const CATEGORY_STAKES: Partial<Record<Category, RiskReason>> = {
  bank: 'money',
  payments: 'money',
  government: 'identity',
  email: 'email'
}

export type RiskInput = Pick<Account, 'usages' | 'category' | 'status'> &
  Partial<Pick<Account, 'phoneCodes' | 'evidence' | 'recoversOthers'>>

/** What the knowledge base adds to the stakes: sign-in for others, money in a wallet. */
export type RiskFacts = Pick<PlanFacts, 'signInForOthers' | 'holdsMoney'>

/**
 * What an account's use of the number and its service say, before the table weighs it.
 * Evidence counts as an answer: codes the service sent to the old number by SMS, or a
 * saved login that is the old number, are a takeover path until the user answers 'no'
 * to the codes question (their answer is newer than the messages).
 */
export function riskFindings(account: RiskInput, facts?: RiskFacts): RiskFindings {
  const takeover = TAKEOVER_USAGES.filter(([u]) => account.usages.includes(u)).map(([, r]) => r)
  const sms = account.evidence?.sms
  if (sms && sms.codes > 0 && account.phoneCodes !== 'no') takeover.push('codesSeen')
  if (account.evidence?.passwords?.oldNumber) takeover.push('loginIsNumber')
  const stakes: RiskReason[] = []
  const byCategory = CATEGORY_STAKES[account.category]
  if (byCategory) stakes.push(byCategory)
  if (facts?.holdsMoney && !stakes.includes('money')) stakes.push('money')
  if (facts?.signInForOthers) stakes.push('signIn')
  if (account.recoversOthers) stakes.push('recoversOthers')
  const notices: RiskReason[] = []
  if (account.usages.includes('notifications')) notices.push('notifications')
  // Advertisements only say the number is on a mailing list; notices are the account's own.
  if (sms && sms.messages > sms.adverts) notices.push('noticesSeen')
  return {
    takeover,
    stakes,
    codesUnanswered: account.phoneCodes === 'unknown',
    notices,
    contact: account.usages.includes('contact')
  }
}

/**
 * An open account's risk and its reasons, by the table; never stored. A done account
 * (unlinked, verified, not needed) has none.
 */
export function assessRisk(
  account: RiskInput,
  facts?: RiskFacts
): { level: RiskLevel; reasons: RiskReason[] } | null {
  if (isDone(account.status)) return null
  const findings = riskFindings(account, facts)
  for (const row of RISK_TABLE) {
    const reasons = row.reasons(findings)
    if (reasons) return { level: row.level, reasons }
  }
  return { level: 'low', reasons: [] }
}

export function riskOf(account: RiskInput, facts?: RiskFacts): RiskLevel | null {
  return assessRisk(account, facts)?.level ?? null
}
