import type { Account } from './account'
import { CATEGORIES, isDone, type Category, type Usage } from './account-values'

export const RISK_LEVELS = ['critical', 'high', 'medium', 'low'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

/** Whoever gets the recycled number can sign in, pass 2FA or recover the account. */
const TAKEOVER_USAGES: readonly Usage[] = ['login', 'sms2fa', 'recovery']
/** Money or identity lives here, so even a notification leaks something that matters. */
const SENSITIVE_CATEGORIES: readonly Category[] = ['bank', 'payments', 'government', 'email']

type RiskInput = Pick<Account, 'usages' | 'category' | 'status'> &
  Partial<Pick<Account, 'phoneCodes' | 'evidence'>>

/**
 * An open account's risk, derived from how it uses the number, what it holds and what
 * discovery found; never stored. A done account (unlinked, verified, not needed) has none.
 *
 * Evidence counts as an answer: codes the service sent to the old number by SMS, or a
 * saved login that is the old number, make it critical like a 'yes' to the codes
 * question, until the user answers 'no' (their answer is newer than the messages). A
 * service that only sent notices to the number is at least high: the number still gets
 * its messages.
 */
export function riskOf(account: RiskInput): RiskLevel | null {
  if (isDone(account.status)) return null
  if (account.usages.some((u) => TAKEOVER_USAGES.includes(u))) return 'critical'
  const sms = account.evidence?.sms
  if (sms && sms.codes > 0 && account.phoneCodes !== 'no') return 'critical'
  if (account.evidence?.passwords?.oldNumber) return 'critical'
  // Advertisements only say the number is on a mailing list; notices are the account's own.
  if (sms && sms.messages > sms.adverts) return 'high'
  // Its service can send codes to a phone and the user has not said whether theirs does.
  if (account.phoneCodes === 'unknown') return 'high'
  if (SENSITIVE_CATEGORIES.includes(account.category)) return 'high'
  if (account.usages.includes('notifications')) return 'medium'
  return 'low'
}

/** What to do next: open accounts, the riskiest first, then by category, then by name. */
export function worklist<A extends RiskInput & Pick<Account, 'name'>>(
  accounts: readonly A[]
): Array<{ account: A; risk: RiskLevel }> {
  const open: Array<{ account: A; risk: RiskLevel }> = []
  for (const account of accounts) {
    const risk = riskOf(account)
    if (risk) open.push({ account, risk })
  }
  return open.sort(
    (a, b) =>
      RISK_LEVELS.indexOf(a.risk) - RISK_LEVELS.indexOf(b.risk) ||
      CATEGORIES.indexOf(a.account.category) - CATEGORIES.indexOf(b.account.category) ||
      a.account.name.localeCompare(b.account.name)
  )
}
