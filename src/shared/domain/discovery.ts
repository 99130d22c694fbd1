import type { Category, Usage } from './account'
import type { AccountEvidence } from './account-evidence'

/** A service found in a password export, waiting for the user's yes. */
export interface Candidate {
  /** The catalog id when matched, else the registrable domain, else the item's name. */
  key: string
  /** The catalog's name when matched, else the domain. */
  name: string
  /** The entry's names by language when matched, else the name in English only. */
  names: { en: string; ru?: string; 'zh-CN'?: string }
  catalogId: string | null
  category: Category
  /** The usages to add: the entry's roles, or 'login' when the login is the old number. */
  usages: Usage[]
  /** How the catalog says the service uses a phone number (empty when unmatched). */
  roles: Usage[]
  /** The service can send codes to a phone by SMS or a call (a catalog fact). */
  smsOrCall: boolean
  /** The domains the export's logins were matched on, most specific as found. */
  domains: string[]
  /** At least one saved login name is the old number, in some spelling. */
  usesOldNumber: boolean
  /** How many saved logins point at it, and the first few item names. */
  evidence: { logins: number; items: string[] }
  /** What the old number's text messages show of it, when the file was a message export. */
  sms?: SmsEvidence
}

/** A sender's messages to the old number: counts and dates, never a body or a code. */
export interface SmsEvidence {
  messages: number
  /** Messages that looked like one-time codes: the service sends codes to this number. */
  codes: number
  /** Advertisements (a sale, a bonus balance): the sender only has the number on a list. */
  adverts: number
  /** Day of the first and last message (YYYY-MM-DD), null when the export gives no date. */
  first: string | null
  last: string | null
  /** The sender names, short codes and 【signatures】 it wrote from. */
  senders: string[]
}

/** Someone who wrote to the old number from a phone number, to offer as a person to notify. */
export interface SmsPerson {
  /** The address book's name from the export, else null. */
  name: string | null
  /** The number, held only for the review: it is kept if the user adds the person. */
  contact: string
  messages: number
  last: string | null
}

/** A service a shared sender writes for. */
export interface SharedSenderService {
  catalogId: string
  name: string
  category: Category
}

/** What a message export held besides services. */
export interface SmsFindings {
  /** Messages read, and those the old number received (only those count). */
  messages: number
  received: number
  people: SmsPerson[]
  /**
   * Names and short codes the catalog does not know, for the user to name or ignore; a
   * sender several services share (Tencent's 【腾讯科技】) lists them, to choose from.
   */
  unknownSenders: Array<SmsEvidence & { sender: string; maybe?: SharedSenderService[] }>
}

/** A service the case already tracks whose saved login is the old number. */
export interface TrackedOnOldNumber {
  accountId: string
  name: string
  catalogId: string | null
  /** The account already lists 'login' among its usages. */
  loginRecorded: boolean
  /** How many saved logins for it use the old number. */
  logins: number
}

/** What the file showed of a service the case already tracks, to merge into its account. */
export interface TrackedEvidence {
  accountId: string
  name: string
  evidence: AccountEvidence
}

export interface Discovery {
  format: string
  candidates: Candidate[]
  /** Entries for services the case already tracks. */
  alreadyTracked: number
  /** The evidence found for those tracked services, one per account. */
  trackedEvidence: TrackedEvidence[]
  /** Tracked services whose saved login is the old number (counted in alreadyTracked too). */
  trackedOnOldNumber: TrackedOnOldNumber[]
  /** Entries with neither a usable URL nor a name. */
  skipped: number
  /** What the file held: items read, logins among them, and what was left out and why. */
  counts: ExportCounts
  /** Present when the file was a message export (SMS history). */
  sms?: SmsFindings
  /** Present when no known export format claimed the file and it was read as a generic CSV. */
  columns?: GenericColumns
}

/**
 * The headers of the columns a generic CSV was read by, as the file spells them: the
 * web address, and the item's name and login name where the file has them.
 */
export interface GenericColumns {
  url: string
  name: string | null
  login: string | null
}

/**
 * Per file: every item, row or record read; the logins among them; and the rest, which
 * is not a service (notes, cards, identities, folders and other kinds) or could not be
 * read at all (a malformed row).
 */
export interface ExportCounts {
  items: number
  logins: number
  skipped: SkippedCounts
}

export interface SkippedCounts {
  notes: number
  cards: number
  identities: number
  /** Folders, documents, SSH keys, aliases and every other kind that is not a login. */
  other: number
  /** Rows or records too malformed to read; the rest of the file is still read. */
  unreadable: number
}

/** A contact from a vCard file, to pick people to notify. */
export interface ContactCandidate {
  name: string
  contact: string
}

/**
 * Whether the review ticks a candidate before the user does: a login with the old number,
 * or a catalog service that signs in, sends codes or account notices to it. A service
 * seen only in advertisements has the number on a mailing list; the user decides.
 */
export function isLikely(c: Candidate): boolean {
  if (c.usesOldNumber) return true
  if (!c.catalogId) return false
  return !c.sms || c.evidence.logins > 0 || c.sms.messages > c.sms.adverts
}

/** The evidence a candidate carries onto the account it becomes. */
export function evidenceOf(c: Candidate): AccountEvidence {
  if (c.sms) return { sms: { ...c.sms, senders: [...c.sms.senders] } }
  return { passwords: { logins: c.evidence.logins, oldNumber: c.usesOldNumber } }
}

/** A ticked candidate as addDiscovered takes it: what the account starts from, with its evidence. */
export function pickOf(c: Candidate): {
  name: string
  catalogId: string | null
  category: Category
  usages: Usage[]
  evidence: AccountEvidence
} {
  return {
    name: c.name,
    catalogId: c.catalogId,
    category: c.category,
    usages: c.usages,
    evidence: evidenceOf(c)
  }
}

/** Tracked accounts' evidence as addDiscovered takes it (the names are for the review only). */
export function evidenceToMerge(
  tracked: readonly TrackedEvidence[]
): Array<{ accountId: string; evidence: AccountEvidence }> {
  return tracked.map(({ accountId, evidence }) => ({ accountId, evidence }))
}
