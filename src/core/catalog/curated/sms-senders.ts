/**
 * SMS sender names and short codes that differ from a service's own names, by curated
 * entry. Hand-written, and only where an official page or a news report says which
 * service sends from that name: each carries its source. A sender spelled like one of
 * the entry's names or aliases needs no line here; it is matched on the names.
 */
export interface SmsSender {
  /** As it appears as the sender: a short code ("900") or a name ("SBER-INFO"). */
  sender: string
  /** The curated catalog entry that sends from it. */
  catalogId: string
  source: string
  tag: 'official' | 'news'
}

/**
 * Empty until a source of that standing is found: the short codes widely said to be
 * banks' (such as 900) are so far backed only by unofficial articles.
 */
export const SMS_SENDERS: readonly SmsSender[] = []
