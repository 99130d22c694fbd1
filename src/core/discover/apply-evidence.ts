import type { Account } from '../../shared/domain/account'
import type { AccountEvidence } from '../../shared/domain/account-evidence'
import type { AccountRules } from '../accounts/account-rules'
import { senderKind } from './sms/sender-match'

/**
 * Evidence as it may be stored: a sender that reads as a phone number could be a person
 * writing to the old number, so it is dropped whatever the caller sent. Counts, days and
 * service senders are all that is kept; never a text or a code.
 */
export function storable(evidence: AccountEvidence): AccountEvidence {
  if (!evidence.sms) return evidence
  return {
    ...evidence,
    sms: {
      ...evidence.sms,
      senders: evidence.sms.senders.filter((s) => senderKind(s) !== 'person')
    }
  }
}

/** Merges what a discovery found into accounts the case already tracks; unknown ids are skipped. */
export function mergeIntoTracked(
  accounts: AccountRules,
  found: ReadonlyArray<{ accountId: string; evidence: AccountEvidence }>
): Account[] {
  const merged: Account[] = []
  for (const { accountId, evidence } of found) {
    // The account may have been deleted while the user reviewed the file.
    if (!accounts.has(accountId)) continue
    merged.push(accounts.addEvidence(accountId, storable(evidence)))
  }
  return merged
}
