import type { CatalogEntry } from '../../../shared/catalog/catalog-values'
import type { Account, Usage } from '../../../shared/domain/account'
import type { Case } from '../../../shared/domain/case'
import type {
  Candidate,
  Discovery,
  SmsEvidence,
  SmsFindings,
  SmsPerson,
  TrackedEvidence
} from '../../../shared/domain/discovery'
import { DATE_RANGE } from '../../../shared/domain/dates-values'
import { fold } from '../../../shared/text/fold'
import { clean } from '../readers/reader'
import { messageKind, type MessageKind } from './message-kind'
import { chineseSignature, senderKind, type SenderIndex } from './sender-match'
import type { SmsMessage } from './sms-message'

/** Counts and dates of one group of messages; the senders as a set while counting. */
interface Seen {
  messages: number
  codes: number
  adverts: number
  first: number | null
  last: number | null
  senders: Set<string>
}

const seen = (): Seen => ({
  messages: 0,
  codes: 0,
  adverts: 0,
  first: null,
  last: null,
  senders: new Set()
})

function count(group: Seen, date: number | null, kind: MessageKind, sender: string): void {
  group.messages++
  if (kind === 'code') group.codes++
  if (kind === 'advert') group.adverts++
  // A message dated outside 1900–2200 (a crafted export) counts as undated.
  if (date !== null && date >= FIRST_MS && date < AFTER_LAST_MS) {
    if (group.first === null || date < group.first) group.first = date
    if (group.last === null || date > group.last) group.last = date
  }
  if (group.senders.size < 10) group.senders.add(sender)
}

const FIRST_MS = Date.parse(`${DATE_RANGE.first}T00:00:00Z`)
const AFTER_LAST_MS = Date.parse(`${DATE_RANGE.last}T23:59:59.999Z`) + 1

const day = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms).toISOString().slice(0, 10)

function evidence(group: Seen): SmsEvidence {
  return {
    messages: group.messages,
    codes: group.codes,
    adverts: group.adverts,
    first: day(group.first),
    last: day(group.last),
    senders: [...group.senders]
  }
}

/** The digits that tell two spellings of one number apart (+7 912… and 8 912… are one). */
const numberKey = (sender: string): string => sender.replace(/\D/g, '').slice(-10)

/**
 * Walks a message export's messages one at a time and keeps only counts: per catalog
 * service, per unknown sender and per person. Each body is looked at for a code word
 * and a 【signature】 and dropped; no body, code or number of a person is kept beyond the
 * review (a person's number only so the user can choose to add them).
 */
export class SmsTally {
  private readonly services = new Map<string, { entry: CatalogEntry; seen: Seen }>()
  private readonly unknown = new Map<string, Seen>()
  /** Unknown senders that several services share: the services, for the user to choose. */
  private readonly maybe = new Map<string, CatalogEntry[]>()
  private readonly people = new Map<string, { name: string | null; contact: string; seen: Seen }>()
  private messages = 0
  private received = 0
  unreadable = 0

  constructor(private readonly index: SenderIndex) {}

  add(message: SmsMessage): void {
    this.messages++
    if (!message.received) return
    this.received++
    const sender = clean(message.sender).slice(0, 64)
    if (!sender) {
      this.unreadable++
      return
    }
    const kind = messageKind(message.body)
    const senderType = senderKind(sender)
    const signature = chineseSignature(message.body)
    const bySender = senderType === 'person' ? undefined : this.index.find(sender, message.body)
    const bySignature =
      bySender || !signature ? undefined : this.index.find(signature, message.body)
    const entry = bySender ?? bySignature
    if (entry) {
      const group = this.services.get(entry.id) ?? { entry, seen: seen() }
      // A service writing from a phone number is named by its signature, not the number.
      count(group.seen, message.date, kind, senderType === 'person' ? `【${signature}】` : sender)
      this.services.set(entry.id, group)
      return
    }
    // A shared signature whose message names none of its services (or several): asked.
    const shared = signature ? this.index.sharedBy(signature) : []
    if (senderType === 'person' && shared.length === 0) {
      const key = numberKey(sender)
      const person = this.people.get(key) ?? { name: null, contact: sender, seen: seen() }
      if (!person.name && message.contactName) person.name = clean(message.contactName)
      count(person.seen, message.date, kind, '')
      this.people.set(key, person)
      return
    }
    const mark = signature ? `【${clean(signature)}】` : ''
    const name =
      senderType === 'person'
        ? mark
        : mark && senderType === 'shortCode'
          ? `${sender} ${mark}`
          : sender
    const key = fold(name)
    const group = this.unknown.get(key) ?? seen()
    count(group, message.date, kind, name)
    this.unknown.set(key, group)
    const also = shared.length > 0 ? shared : this.index.sharedBy(sender)
    if (also.length > 0) this.maybe.set(key, also)
  }

  /** The services found, as candidates to add; those the case already tracks counted apart. */
  discovery(format: string, target: Pick<Case, 'id'>, accounts: readonly Account[]): Discovery {
    const tracked = accounts.filter((a) => a.caseId === target.id)
    const candidates: Candidate[] = []
    const trackedEvidence: TrackedEvidence[] = []
    let alreadyTracked = 0
    for (const { entry, seen: group } of this.services.values()) {
      const account = tracked.find(
        (a) => a.catalogId === entry.id || fold(a.name) === fold(entry.name)
      )
      if (account) {
        alreadyTracked += group.messages
        // Kept for applying the discovery: the tracked account gains what was seen.
        if (!trackedEvidence.some((t) => t.accountId === account.id))
          trackedEvidence.push({
            accountId: account.id,
            name: account.name,
            evidence: { sms: evidence(group) }
          })
        continue
      }
      const roles: Usage[] = [...entry.roles]
      // Codes sent here make it a second factor; account notices, notifications. An
      // advertisement only says the sender has the number on a mailing list.
      const notices = group.messages - group.codes - group.adverts
      const seenAs: Usage | null = group.codes > 0 ? 'sms2fa' : notices > 0 ? 'notifications' : null
      candidates.push({
        key: entry.id,
        name: entry.name,
        names: { ...entry.names },
        catalogId: entry.id,
        category: entry.category,
        usages: !seenAs || roles.includes(seenAs) ? roles : [...roles, seenAs],
        roles,
        smsOrCall: entry.smsOrCall || group.codes > 0,
        domains: [...entry.domains.slice(0, 1)],
        usesOldNumber: false,
        evidence: { logins: 0, items: [] },
        sms: evidence(group)
      })
    }
    candidates.sort(
      (a, b) =>
        (b.sms?.codes ?? 0) - (a.sms?.codes ?? 0) ||
        (b.sms?.messages ?? 0) - (a.sms?.messages ?? 0) ||
        a.name.localeCompare(b.name)
    )
    const people: SmsPerson[] = [...this.people.values()]
      .map((p) => ({
        name: p.name,
        contact: p.contact,
        messages: p.seen.messages,
        last: day(p.seen.last)
      }))
      .sort((a, b) => b.messages - a.messages)
    const unknownSenders: SmsFindings['unknownSenders'] = [...this.unknown]
      .map(([key, g]) => {
        const maybe = this.maybe
          .get(key)
          ?.map((e) => ({ catalogId: e.id, name: e.name, category: e.category }))
        return { sender: [...g.senders][0] ?? '', ...evidence(g), ...(maybe ? { maybe } : {}) }
      })
      .sort((a, b) => b.messages - a.messages || a.sender.localeCompare(b.sender))
    return {
      format,
      candidates,
      alreadyTracked,
      trackedEvidence,
      trackedOnOldNumber: [],
      skipped: this.unreadable,
      counts: {
        items: this.messages,
        logins: 0,
        skipped: {
          notes: 0,
          cards: 0,
          identities: 0,
          // Sent messages and drafts: they say nothing about what the number is tied to.
          other: this.messages - this.received,
          unreadable: this.unreadable
        }
      },
      sms: { messages: this.messages, received: this.received, people, unknownSenders }
    }
  }
}
