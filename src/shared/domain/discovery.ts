import type { Category, Usage } from './account'

/** A service found in a password export, waiting for the user's yes. */
export interface Candidate {
  /** The registrable domain (sberbank.ru), or the item's name when it has no URL. */
  key: string
  /** The catalog's name when matched, else the domain. */
  name: string
  catalogId: string | null
  category: Category
  usages: Usage[]
  /** At least one saved login name is the old number, in some spelling. */
  usesOldNumber: boolean
  /** How many saved logins point at it, and the first few item names. */
  evidence: { logins: number; items: string[] }
}

export interface Discovery {
  format: string
  candidates: Candidate[]
  /** Entries for services the case already tracks. */
  alreadyTracked: number
  /** Entries with neither a usable URL nor a name. */
  skipped: number
}

/** A contact from a vCard file, to pick people to notify. */
export interface ContactCandidate {
  name: string
  contact: string
}
