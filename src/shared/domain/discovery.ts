import type { Category, Usage } from './account'

/** A service found in a file, waiting for the user's yes: one per service and number. */
export interface Candidate {
  /**
   * The catalog id when matched, else the registrable domain, else the item's name; with
   * the number or SIM it was found for when the file shows the service on several.
   */
  key: string
  /** The service alone, the same for its candidates on different numbers. */
  service: string
  /** The catalog's name when matched, else the domain. */
  name: string
  /** The entry's names by language when matched, else the name in English only. */
  names: { en: string; ru?: string; 'zh-CN'?: string }
  catalogId: string | null
  category: Category
  /** The usages to add: the entry's roles, or 'login' when the login is one of the numbers. */
  usages: Usage[]
  /** How the catalog says the service uses a phone number (empty when unmatched). */
  roles: Usage[]
  /** The service can send codes to a phone by SMS or a call (a catalog fact). */
  smsOrCall: boolean
  /** The domains the export's logins were matched on, most specific as found. */
  domains: string[]
  /** At least one saved login name is one of the folder's numbers, in some spelling. */
  usesOldNumber: boolean
  /** The folder's numbers (E.164) its logins or phone fields showed. */
  numbers: string[]
  /**
   * The number (case) this evidence ties it to: a login that spells it, or messages the
   * export says that number received. Null when the file does not say: the user chooses.
   */
  caseId: string | null
  /** The SIM its messages came to (a message export's group), null for a password export. */
  sim: string | null
  /** New numbers (E.164) its logins already use: shown, never evidence for the old one. */
  onNewNumber: string[]
  /** The same service already in the list, on any of the numbers. */
  tracked: TrackedAccount[]
  /**
   * How many saved logins point at it, how many of those spell its number, and the first
   * few item names.
   */
  evidence: { logins: number; numberLogins: number; items: string[] }
  /** What the number's text messages show of it, when the file was a message export. */
  sms?: SmsEvidence
}

/** An account already in the list for the service a candidate names. */
export interface TrackedAccount {
  accountId: string
  caseId: string
  name: string
  catalogId: string | null
  /** The account already lists 'login' among its usages. */
  loginRecorded: boolean
}

/** A sender's messages to the number: counts and dates, never a body or a code. */
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

/** Someone who wrote to the number from a phone number, to offer as a person to notify. */
export interface SmsPerson {
  /** The address book's name from the export, else null. */
  name: string | null
  /** The number, held only for the review: it is kept if the user adds the person. */
  contact: string
  messages: number
  last: string | null
  /** The SIM group the messages came to. */
  sim: string
}

/**
 * The messages one SIM received, as a backup records them: Android's SMS Backup & Restore
 * writes each message's subscription (`sub_id`, "-1" when the phone did not know), an
 * iPhone's database the line that received it. Shown so the user can say whose it was.
 */
export interface SimGroup {
  /** `sub_id` as written ("-1": unknown), or the receiving line an iPhone recorded. */
  subId: string
  /** Messages this SIM received. */
  messages: number
  first: string | null
  last: string | null
  /** A few of the services' sender names, never a person's number. */
  senders: string[]
  /** The receiving line the export records for these messages (E.164), when it does. */
  line: string | null
  /** The folder's number that line is: these messages need no question. */
  caseId: string | null
}

/** A service a shared sender writes for. */
export interface SharedSenderService {
  catalogId: string
  name: string
  /** The entry's names by language, to name it in the app's. */
  names: { en: string; ru?: string; 'zh-CN'?: string }
  category: Category
}

/** What a message export held besides services. */
export interface SmsFindings {
  /** Messages read, and those received (only those count). */
  messages: number
  received: number
  /** The SIMs the received messages came to; one entry when the backup names none. */
  sims: SimGroup[]
  people: SmsPerson[]
  /**
   * Names and short codes the catalog does not know, for the user to name or ignore; a
   * sender several services share (Tencent's 【腾讯科技】) lists them, to choose from.
   */
  unknownSenders: Array<
    SmsEvidence & { sender: string; sim: string; maybe?: SharedSenderService[] }
  >
}

/** A number of the folder as discovery saw it. */
export interface DiscoveryNumber {
  caseId: string
  /** E.164, or null while the user has not entered it. */
  number: string | null
}

/**
 * What a file shows, before the user chooses anything: every service with the numbers
 * its evidence names and the accounts already tracking it. Which number each is added to,
 * and what joins an account already listed, follows from the choices (import-plan.ts).
 */
export interface Discovery {
  format: string
  candidates: Candidate[]
  /** The folder's numbers when the file was read. */
  numbers: DiscoveryNumber[]
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
