import type { CatalogEntry } from '../../../shared/catalog/catalog-values'
import type { Account, Usage } from '../../../shared/domain/account'
import type {
  Candidate,
  Discovery,
  SimGroup,
  SmsEvidence,
  SmsFindings,
  SmsPerson
} from '../../../shared/domain/discovery'
import { DATE_RANGE } from '../../../shared/domain/dates-values'
import { fold } from '../../../shared/text/fold'
import { NumberMatcher, type FolderNumber } from '../folder-numbers'
import { discoveryNumbers, trackedAs } from '../match-candidates'
import { clean } from '../readers/reader'
import { messageKind, type MessageKind } from './message-kind'
import { chineseSignature, senderKind, type SenderIndex } from './sender-match'
import { UNKNOWN_SIM, type SmsMessage } from './sms-message'

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

/** What one SIM received, kept as counts. */
interface SimTally {
  seen: Seen
  /** Messages per service sender name, for the few names shown beside the SIM. */
  senderCounts: Map<string, number>
  services: Map<string, { entry: CatalogEntry; seen: Seen }>
  unknown: Map<string, Seen>
  /** Unknown senders that several services share: the services, for the user to choose. */
  maybe: Map<string, CatalogEntry[]>
  people: Map<string, { name: string | null; contact: string; seen: Seen }>
}

const simTally = (): SimTally => ({
  seen: seen(),
  senderCounts: new Map(),
  services: new Map(),
  unknown: new Map(),
  maybe: new Map(),
  people: new Map()
})

/** Sender names shown beside a SIM: a few, the most frequent first. */
const SIM_SENDERS = 5

/**
 * Walks a message export's messages one at a time and keeps only counts: per SIM, and
 * within it per catalog service, per unknown sender and per person. Each body is looked
 * at for a code word and a 【signature】 and dropped; no body, code or number of a person
 * is kept beyond the review (a person's number only so the user can choose to add them).
 */
export class SmsTally {
  private readonly sims = new Map<string, SimTally>()
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
    const sim = this.sims.get(message.sim) ?? simTally()
    this.sims.set(message.sim, sim)
    const kind = messageKind(message.body)
    const senderType = senderKind(sender)
    const signature = chineseSignature(message.body)
    const bySender = senderType === 'person' ? undefined : this.index.find(sender, message.body)
    const bySignature =
      bySender || !signature ? undefined : this.index.find(signature, message.body)
    const entry = bySender ?? bySignature
    // A SIM is shown with its services' names, never with a person's number.
    const shown = senderType === 'person' ? (signature ? `【${signature}】` : null) : sender
    count(sim.seen, message.date, kind, '')
    if (shown) sim.senderCounts.set(shown, (sim.senderCounts.get(shown) ?? 0) + 1)
    if (entry) {
      const group = sim.services.get(entry.id) ?? { entry, seen: seen() }
      // A service writing from a phone number is named by its signature, not the number.
      count(group.seen, message.date, kind, senderType === 'person' ? `【${signature}】` : sender)
      sim.services.set(entry.id, group)
      return
    }
    // A shared signature whose message names none of its services (or several): asked.
    const shared = signature ? this.index.sharedBy(signature) : []
    if (senderType === 'person' && shared.length === 0) {
      const key = numberKey(sender)
      const person = sim.people.get(key) ?? { name: null, contact: sender, seen: seen() }
      if (!person.name && message.contactName) person.name = clean(message.contactName)
      count(person.seen, message.date, kind, '')
      sim.people.set(key, person)
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
    const group = sim.unknown.get(key) ?? seen()
    count(group, message.date, kind, name)
    sim.unknown.set(key, group)
    const also = shared.length > 0 ? shared : this.index.sharedBy(sender)
    if (also.length > 0) sim.maybe.set(key, also)
  }

  /**
   * The services found, one candidate per service and SIM, each with the accounts already
   * tracking it; the SIMs, each with the folder number its recorded line is, when it is one.
   */
  discovery(
    format: string,
    cases: readonly FolderNumber[],
    accounts: readonly Account[]
  ): Discovery {
    const matcher = new NumberMatcher(cases)
    const candidates: Candidate[] = []
    const people: SmsPerson[] = []
    const unknownSenders: SmsFindings['unknownSenders'] = []
    const sims: SimGroup[] = []
    for (const [subId, sim] of this.sims) {
      // Android's subscription ids are small numbers; an iPhone's SIM is its line.
      const line = subId.startsWith('+') ? subId : null
      const owner = line ? matcher.caseOf(line) : null
      sims.push({
        subId,
        messages: sim.seen.messages,
        first: day(sim.seen.first),
        last: day(sim.seen.last),
        senders: [...sim.senderCounts]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, SIM_SENDERS)
          .map(([name]) => name),
        line,
        caseId: owner?.id ?? null
      })
      for (const { entry, seen: group } of sim.services.values()) {
        const roles: Usage[] = [...entry.roles]
        // Codes sent here make it a second factor; account notices, notifications. An
        // advertisement only says the sender has the number on a mailing list.
        const notices = group.messages - group.codes - group.adverts
        const seenAs: Usage | null =
          group.codes > 0 ? 'sms2fa' : notices > 0 ? 'notifications' : null
        candidates.push({
          key: `${entry.id}@sim:${subId}`,
          service: entry.id,
          name: entry.name,
          names: { ...entry.names },
          catalogId: entry.id,
          category: entry.category,
          usages: !seenAs || roles.includes(seenAs) ? roles : [...roles, seenAs],
          roles,
          smsOrCall: entry.smsOrCall || group.codes > 0,
          domains: [...entry.domains.slice(0, 1)],
          usesOldNumber: false,
          numbers: owner ? [owner.number] : [],
          caseId: owner?.id ?? null,
          sim: subId,
          onNewNumber: [],
          tracked: trackedAs(accounts, { catalogId: entry.id, name: entry.name }),
          evidence: { logins: 0, numberLogins: 0, items: [] },
          sms: evidence(group)
        })
      }
      for (const p of sim.people.values())
        people.push({
          name: p.name,
          contact: p.contact,
          messages: p.seen.messages,
          last: day(p.seen.last),
          sim: subId
        })
      for (const [key, g] of sim.unknown) {
        const maybe = sim.maybe.get(key)?.map((e) => ({
          catalogId: e.id,
          name: e.name,
          names: { ...e.names },
          category: e.category
        }))
        unknownSenders.push({
          sender: [...g.senders][0] ?? '',
          sim: subId,
          ...evidence(g),
          ...(maybe ? { maybe } : {})
        })
      }
    }
    candidates.sort(
      (a, b) =>
        (b.sms?.codes ?? 0) - (a.sms?.codes ?? 0) ||
        (b.sms?.messages ?? 0) - (a.sms?.messages ?? 0) ||
        a.name.localeCompare(b.name)
    )
    people.sort((a, b) => b.messages - a.messages)
    unknownSenders.sort((a, b) => b.messages - a.messages || a.sender.localeCompare(b.sender))
    // The SIMs in their own order: Android's ids as numbers, unknown last.
    sims.sort((a, b) => simOrder(a.subId) - simOrder(b.subId) || a.subId.localeCompare(b.subId))
    return {
      format,
      candidates,
      numbers: discoveryNumbers(cases),
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
      sms: { messages: this.messages, received: this.received, sims, people, unknownSenders }
    }
  }
}

/** Android's ids by value, then an iPhone's lines, then the unknown SIM. */
function simOrder(subId: string): number {
  if (subId === UNKNOWN_SIM) return Number.MAX_SAFE_INTEGER
  return subId.startsWith('+') ? Number.MAX_SAFE_INTEGER - 1 : Number(subId)
}
