import type { Category, Usage } from './account-values'
import type { AccountEvidence } from './account-evidence'
import type {
  Candidate,
  Discovery,
  SharedSenderService,
  SimGroup,
  SmsEvidence,
  SmsPerson,
  TrackedAccount
} from './discovery'

/** A SIM's answer: one of the folder's numbers (a case id), or this. */
export const NOT_MINE = 'notMine'

/** The SIM of messages a backup does not place on any ("-1", as Android writes it). */
export const UNKNOWN_SIM_ID = '-1'

/** What the user said about a file: where the entries without evidence go, and each SIM's number. */
export interface ImportChoices {
  /** The number entries without evidence go to; null while none is chosen. */
  caseId: string | null
  /** Each SIM's number (a case id) or NOT_MINE, by subId; a SIM not answered yet is absent. */
  sims: Readonly<Record<string, string>>
}

/** Why an entry goes to its number. */
export type TargetReason = 'login' | 'line' | 'sim' | 'chosen'

/** A service as it will be added (or joined) on one number. */
export interface PlannedCandidate extends Candidate {
  /** The number (case id) it goes to; null while that is not chosen yet. */
  target: string | null
  reason: TargetReason | null
  /** The account of the same service already on that number: its evidence joins it. */
  trackedHere: TrackedAccount | null
  /** The same service already on the folder's other numbers. */
  alsoOn: TrackedAccount[]
  /** The folder's other numbers this file shows the same service on, each its own account. */
  twins: string[]
}

export interface PlannedPerson extends SmsPerson {
  key: string
  target: string | null
}

export interface PlannedSender extends SmsEvidence {
  key: string
  sender: string
  target: string | null
  /** The services a shared sender writes for, to choose from. */
  maybe?: SharedSenderService[]
}

export interface ImportPlan {
  candidates: PlannedCandidate[]
  people: PlannedPerson[]
  unknownSenders: PlannedSender[]
  /** SIMs that still need the user's answer before anything can be added. */
  unansweredSims: SimGroup[]
  /** Some entries have no evidence and no number is chosen for them. */
  needsNumber: boolean
}

/** What addDiscovered takes for a ticked candidate. */
export interface DiscoveredPick {
  name: string
  catalogId: string | null
  category: Category
  usages: Usage[]
  evidence: AccountEvidence
  caseId?: string
}

/** A tracked service whose saved login is the number it is tracked on. */
export interface TrackedOnNumber {
  accountId: string
  name: string
  catalogId: string | null
  loginRecorded: boolean
  logins: number
  /** The number (E.164) the login spells. */
  number: string | null
}

/**
 * Where each service, person and unknown sender of a file goes, given the user's choices:
 * to the number its evidence names (a login that spells it, the line an iPhone recorded),
 * else its SIM's answer, else the chosen number. A service already on its number is
 * joined, never added twice; one on another number is shown with it ("also on"); one the
 * file shows on two numbers becomes one account per number. Pure: the dialog re-plans as
 * the user changes a choice, and the command line plans the same way.
 */
export function planImport(discovery: Discovery, choices: ImportChoices): ImportPlan {
  const groups = discovery.sms?.sims ?? []
  const ask = groups.length > 1
  const groupOf = new Map(groups.map((g) => [g.subId, g]))
  const numberOf = new Map(discovery.numbers.map((n) => [n.caseId, n.number]))

  /** The case an entry from a SIM goes to, and why; NOT_MINE leaves it out. */
  const bySim = (sim: string | null): { target: string | null; reason: TargetReason | null } => {
    const group = sim === null ? undefined : groupOf.get(sim)
    if (group?.caseId) return { target: group.caseId, reason: 'line' }
    if (ask && sim !== null) {
      const answer = choices.sims[sim]
      return answer ? { target: answer, reason: 'sim' } : { target: null, reason: null }
    }
    return choices.caseId
      ? { target: choices.caseId, reason: 'chosen' }
      : { target: null, reason: null }
  }

  const merged = new Map<string, PlannedCandidate>()
  for (const c of discovery.candidates) {
    const placed: { target: string | null; reason: TargetReason | null } = c.caseId
      ? { target: c.caseId, reason: c.sim === null ? 'login' : 'line' }
      : bySim(c.sim)
    if (placed.target === NOT_MINE) continue
    const key = placed.target ? `${c.service}@${placed.target}` : c.key
    const known = merged.get(key)
    if (known) {
      joinCandidate(known, c)
      continue
    }
    const number = placed.target ? (numberOf.get(placed.target) ?? null) : null
    // Messages a SIM received are evidence for the number it was.
    const numbers = c.sms && number ? [number] : [...c.numbers]
    merged.set(key, {
      ...c,
      key,
      numbers,
      evidence: { ...c.evidence, items: [...c.evidence.items] },
      ...(c.sms ? { sms: { ...c.sms, senders: [...c.sms.senders] } } : {}),
      target: placed.target,
      reason: placed.reason,
      trackedHere: null,
      alsoOn: [],
      twins: []
    })
  }
  const candidates = [...merged.values()]
  for (const c of candidates) {
    c.trackedHere = c.tracked.find((t) => t.caseId === c.target) ?? null
    c.alsoOn = c.tracked.filter((t) => t.caseId !== c.target)
    c.twins = candidates
      .filter((o) => o !== c && o.service === c.service && o.target && o.target !== c.target)
      .map((o) => o.target as string)
  }

  const people = new Map<string, PlannedPerson>()
  for (const p of discovery.sms?.people ?? []) {
    const { target } = bySim(p.sim)
    if (target === NOT_MINE) continue
    const key = `${p.contact}@${target ?? p.sim}`
    const known = people.get(key)
    if (known) {
      known.messages += p.messages
      known.last = later(known.last, p.last)
      known.name ??= p.name
    } else people.set(key, { ...p, key, target })
  }

  const senders = new Map<string, PlannedSender>()
  for (const u of discovery.sms?.unknownSenders ?? []) {
    const { target } = bySim(u.sim)
    if (target === NOT_MINE) continue
    const key = `${u.sender}@${target ?? u.sim}`
    const known = senders.get(key)
    if (known) addSms(known, u)
    else
      senders.set(key, {
        key,
        sender: u.sender,
        target,
        messages: u.messages,
        codes: u.codes,
        adverts: u.adverts,
        first: u.first,
        last: u.last,
        senders: [...u.senders],
        ...(u.maybe ? { maybe: u.maybe.map((m) => ({ ...m })) } : {})
      })
  }

  const unansweredSims = ask ? groups.filter((g) => !g.caseId && !choices.sims[g.subId]) : []
  // With several SIMs every entry waits for its SIM's answer instead.
  const needsNumber =
    !ask &&
    !choices.caseId &&
    [...candidates, ...people.values(), ...senders.values()].some((e) => e.target === null)
  return {
    candidates,
    people: [...people.values()],
    unknownSenders: [...senders.values()],
    unansweredSims,
    needsNumber
  }
}

/** Two SIMs' messages from one service, now on one number: different messages, so they add up. */
function joinCandidate(into: PlannedCandidate, c: Candidate): void {
  into.evidence.logins += c.evidence.logins
  into.evidence.numberLogins += c.evidence.numberLogins
  into.evidence.items = [...new Set([...into.evidence.items, ...c.evidence.items])].slice(0, 3)
  into.usesOldNumber ||= c.usesOldNumber
  into.usages = [...new Set([...into.usages, ...c.usages])]
  into.smsOrCall ||= c.smsOrCall
  into.onNewNumber = [...new Set([...into.onNewNumber, ...c.onNewNumber])]
  if (c.sms) {
    if (into.sms) addSms(into.sms, c.sms)
    else into.sms = { ...c.sms, senders: [...c.sms.senders] }
  }
}

function addSms(into: SmsEvidence, more: SmsEvidence): void {
  into.messages += more.messages
  into.codes += more.codes
  into.adverts += more.adverts
  into.first = earlier(into.first, more.first)
  into.last = later(into.last, more.last)
  into.senders = [...new Set([...into.senders, ...more.senders])].slice(0, 10)
}

const earlier = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b
const later = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b

/**
 * Whether the review ticks a candidate before the user does (and `--apply` adds it): a
 * login with one of the numbers, or a catalog service that signs in, sends codes or
 * account notices to it. A service seen only in advertisements has the number on a
 * mailing list; one with no evidence for its number while the same service is already
 * on another number is likely that same account; a login already on the new number is
 * done: the user decides.
 */
export function isLikely(c: PlannedCandidate): boolean {
  if (c.trackedHere) return false
  if (c.alsoOn.length > 0 && c.reason === 'chosen') return false
  if (c.usesOldNumber) return true
  if (c.onNewNumber.length > 0 && !c.sms) return false
  if (!c.catalogId) return false
  return !c.sms || c.evidence.logins > 0 || c.sms.messages > c.sms.adverts
}

/** The evidence a planned candidate carries onto its account, naming the number it came from. */
export function evidenceOf(c: PlannedCandidate): AccountEvidence {
  const numbers = c.numbers.length > 0 ? { numbers: [...c.numbers] } : {}
  if (c.sms) return { sms: { ...c.sms, senders: [...c.sms.senders], ...numbers } }
  return { passwords: { logins: c.evidence.logins, oldNumber: c.usesOldNumber, ...numbers } }
}

/** A ticked candidate as addDiscovered takes it. */
export function pickOf(c: PlannedCandidate): DiscoveredPick {
  return {
    name: c.name,
    catalogId: c.catalogId,
    category: c.category,
    usages: c.usages,
    evidence: evidenceOf(c),
    ...(c.target ? { caseId: c.target } : {})
  }
}

/** What the file shows of accounts already on their number, to keep with them. */
export function trackedEvidenceOf(
  plan: ImportPlan
): Array<{ accountId: string; evidence: AccountEvidence }> {
  const byAccount = new Map<string, AccountEvidence>()
  for (const c of plan.candidates) {
    if (!c.trackedHere) continue
    const held = byAccount.get(c.trackedHere.accountId)
    const found = evidenceOf(c)
    // Two groups (by domain and by name) may name one account: their logins add up.
    if (held?.passwords && found.passwords) {
      held.passwords.logins += found.passwords.logins
      held.passwords.oldNumber ||= found.passwords.oldNumber
    } else byAccount.set(c.trackedHere.accountId, { ...held, ...found })
  }
  return [...byAccount].map(([accountId, evidence]) => ({ accountId, evidence }))
}

/** Tracked services whose saved login spells the number they are tracked on. */
export function trackedOnNumber(plan: ImportPlan, discovery: Discovery): TrackedOnNumber[] {
  const numberOf = new Map(discovery.numbers.map((n) => [n.caseId, n.number]))
  const found = new Map<string, TrackedOnNumber>()
  for (const c of plan.candidates) {
    if (!c.trackedHere || !c.usesOldNumber) continue
    const known = found.get(c.trackedHere.accountId)
    if (known) known.logins += c.evidence.numberLogins
    else
      found.set(c.trackedHere.accountId, {
        accountId: c.trackedHere.accountId,
        name: c.trackedHere.name,
        catalogId: c.trackedHere.catalogId,
        loginRecorded: c.trackedHere.loginRecorded,
        logins: c.evidence.numberLogins,
        number: numberOf.get(c.trackedHere.caseId) ?? null
      })
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name))
}
