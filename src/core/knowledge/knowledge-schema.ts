/**
 * The shape of the knowledge base (resources/knowledge/): one file per service, carrier,
 * country and kind of service, every text in en, ru and zh-CN side by side and every
 * statement with its sources. The shape only; what a source may claim, which hosts are
 * trusted and how texts are written are the rules of `npm run knowledge:check`.
 * Main reads these files; the window never does (it gets sentences in one language).
 */
import { z } from 'zod'
import { LINK_KINDS } from '../../shared/catalog/catalog-values'
import { CATEGORIES, USAGES } from '../../shared/domain/account-values'
import { CHECKLIST_ITEMS } from '../../shared/domain/case-values'
import type { ContactKind } from '../../shared/domain/guidance'
import { PLAYBOOK_KINDS } from '../../shared/domain/playbook-kind'
import { SOURCE_KINDS } from '../../shared/knowledge/source-kinds'

/** A file's id: lower-case letters, digits and dashes, as its file name. */
const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes')
/** A statement's id within its list: letters, digits and dashes. */
const Key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'letters, digits and dashes')
/** A publication date as precise as the page gives it. */
const PublishedOn = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')

/** A page a statement rests on; `archived` is a stored copy of the same page. */
export const Source = z
  .object({
    url: z.string().min(1),
    kind: z.enum(SOURCE_KINDS),
    /** When the page was published or the event happened, where the page says. */
    date: PublishedOn.optional(),
    archived: z.string().min(1).optional()
  })
  .strict()
export type Source = z.infer<typeof Source>

/** One text in the three languages. */
export const Texts = z
  .object({ en: z.string().min(1), ru: z.string().min(1), 'zh-CN': z.string().min(1) })
  .strict()
export type Texts = z.infer<typeof Texts>

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const
const YesNoUnknown = z.enum(YES_NO_UNKNOWN)

/** Who a statement is for, where it is not everyone. */
const AUDIENCES = ['foreignCitizens', 'citizens'] as const

/**
 * A sentence the product says, with the pages that say so. `needsOldSim`: doing what it
 * says takes a code to the old number (such a step is not offered once the SIM is gone).
 */
export const Statement = z
  .object({
    id: Key,
    text: Texts,
    sources: z.array(Source),
    needsOldSim: YesNoUnknown.optional(),
    /**
     * General advice to change the number through the service itself (a kind's "change it
     * from a signed-in device"): once the SIM is gone it is offered only where the
     * service's own `phone.needsOldSim` is `no`.
     */
    changesNumber: z.literal(true).optional(),
    audience: z.enum(AUDIENCES).optional(),
    /**
     * Where a story happened (lower-case countries): a kind's story is told for services
     * of these countries only, so a Chinese shop's user is not told of a loan in rubles.
     */
    regions: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .min(1)
      .optional(),
    /** The source is years old: shown, so the reader weighs it. */
    old: z.literal(true).optional(),
    /**
     * A state check that belongs in the plan before the cancellation, named by this short
     * title: done before the number is cancelled, and only while the SIM works when it
     * `needsOldSim`.
     */
    plan: z.object({ title: Texts }).strict().optional()
  })
  .strict()
export type Statement = z.infer<typeof Statement>

/**
 * A fact about how a service treats phone numbers. One migrated from the old catalog
 * without a source says so (`unverified`), and the number of those may only go down.
 */
function phoneFact<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      sources: z.array(Source),
      unverified: z.literal(true).optional(),
      /** A sentence that says more than the value, where the product shows one. */
      text: Texts.optional()
    })
    .strict()
}

export const PhoneFacts = z
  .object({
    /**
     * How the service uses the number: login, SMS codes, recovery, notifications, contact;
     * `unknown` for a service known by its name and domains while no page says how.
     */
    roles: phoneFact(z.union([z.array(z.enum(USAGES)), z.literal('unknown')])),
    /** It can send codes by SMS or a call; without this, the roles and data sets decide. */
    smsOrCall: phoneFact(z.boolean()).optional(),
    /** Changing the number needs a code sent to the old one. */
    needsOldSim: phoneFact(YesNoUnknown).optional(),
    /** Days a change made without the old SIM is held before it takes effect. */
    holdDaysWithoutOldSim: phoneFact(z.number().int().min(0).max(3650)).optional(),
    /** Days before a newly added number is trusted for sign-in or recovery. */
    newNumberTrustDays: phoneFact(z.number().int().min(0).max(3650)).optional(),
    /** The number is changed only in person (a branch, an office, a station window). */
    inPersonOnly: phoneFact(YesNoUnknown).optional(),
    /** A foreign number is accepted as the new one. */
    foreignNumber: phoneFact(YesNoUnknown).optional(),
    /** Other services sign in through it (an e-mail provider, a state portal, VK ID). */
    signInForOthers: phoneFact(z.boolean()).optional(),
    /**
     * It holds or moves money although its category says otherwise (a messenger's wallet):
     * whoever takes it over can reach that money, so a plan puts it with the banks.
     */
    holdsMoney: phoneFact(z.boolean()).optional()
  })
  .strict()
export type PhoneFacts = z.infer<typeof PhoneFacts>

/** A statement the catalog shows beside the service's links. */
export const CATALOG_FACT_KINDS = [
  'closed',
  'domesticNumbersOnly',
  'noSmsCodes',
  'sendsSmsCodes',
  'phoneIsFallback'
] as const
export const CatalogFact = z
  .object({ kind: z.enum(CATALOG_FACT_KINDS), sources: z.array(Source) })
  .strict()

const CONTACT_KINDS = [
  'phone',
  'web',
  'inPerson',
  'inApp',
  'email'
] as const satisfies readonly ContactKind[]

export const Contact = z
  .object({
    id: Key,
    kind: z.enum(CONTACT_KINDS),
    label: Texts,
    phone: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    sources: z.array(Source)
  })
  .strict()
export type Contact = z.infer<typeof Contact>

/** A service's own playbook: what is known beyond its kind's general advice. */
export const ServicePlaybook = z
  .object({
    /** How the number is changed while the old SIM works. */
    steps: z.array(Statement).default([]),
    /** Holds, reviews and deadlines. */
    waits: z.array(Statement).default([]),
    /** The way back in without the old number. */
    route: z.array(Statement).default([]),
    /** What the number's next owner could do, and how to stop it. */
    stranger: z.array(Statement).default([]),
    contacts: z.array(Contact).default([])
  })
  .strict()
export type ServicePlaybook = z.infer<typeof ServicePlaybook>

/** A sender name, short code or 【signature】 the service's messages come from. */
export const SmsSender = z
  .object({
    sender: z.string().min(1),
    sources: z.array(Source),
    /** The sender is shared: it means this service only when the text names one of these. */
    whenTextNames: z.array(z.string().min(1)).optional()
  })
  .strict()

/** An Android package name, as its Google Play page publishes it (identity data, like a domain). */
const AndroidPackage = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/, 'an Android package name')

/** services/<id>.json */
export const ServiceFile = z
  .object({
    id: Id,
    /** The English or international name; ru and zh-CN only where an established one exists. */
    names: z
      .object({
        en: z.string().min(1),
        ru: z.string().min(1).optional(),
        'zh-CN': z.string().min(1).optional()
      })
      .strict(),
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * Pages that show an established name or alias given here, where one was in doubt (a
     * Chinese name, a bank now part of another).
     */
    nameSources: z.array(Source).optional(),
    category: z.enum(CATEGORIES),
    /** Lower-case countries served; none: worldwide. */
    regions: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
    /** Only where it differs from the category's. */
    playbookKind: z.enum(PLAYBOOK_KINDS).optional(),
    /** Registrable or host domains; each belongs to one entry only. */
    domains: z.array(z.string().min(1)).min(1),
    /** Generated entries (by id) reviewed as the same service and folded into this one. */
    foldsIn: z.array(z.string().min(1)).optional(),
    /**
     * Generated entries reviewed as other services although they share or sit under one of
     * these domains (AWS under amazon.com): the catalog build stops proposing them.
     */
    keptApart: z.array(z.string().min(1)).optional(),
    links: z.partialRecord(z.enum(LINK_KINDS), z.string().min(1)).default({}),
    apps: z
      .object({ android: z.array(AndroidPackage).default([]) })
      .strict()
      .optional(),
    smsSenders: z.array(SmsSender).optional(),
    closed: z.literal(true).optional(),
    phone: PhoneFacts,
    facts: z.array(CatalogFact).optional(),
    playbook: ServicePlaybook.optional()
  })
  .strict()
export type ServiceFile = z.infer<typeof ServiceFile>
export type ServiceFileInput = z.input<typeof ServiceFile>

/**
 * What to weigh instead of cancelling: suspend the number, port it, keep it alive abroad,
 * or hand the contract to someone else (переоформление).
 */
const Alternatives = z
  .object({
    suspend: z.array(Statement).default([]),
    port: z.array(Statement).default([]),
    roaming: z.array(Statement).default([]),
    handOver: z.array(Statement).default([])
  })
  .strict()
  .default({ suspend: [], port: [], roaming: [], handOver: [] })

/** carriers/<id>.json */
export const CarrierFile = z
  .object({
    id: Id,
    names: z
      .object({
        en: z.string().min(1),
        ru: z.string().min(1).optional(),
        'zh-CN': z.string().min(1).optional()
      })
      .strict(),
    aliases: z.array(z.string().min(1)).default([]),
    /** The country whose numbers it issues (ISO, upper case). */
    country: z.string().regex(/^[A-Z]{2}$/),
    /** Its domains, old brands' included (tele2.ru). */
    domains: z.array(z.string().min(1)).min(1),
    /** How it ends a contract. Empty: nothing reliable is known. */
    termination: z.array(Statement).default([]),
    alternatives: Alternatives
  })
  .strict()
export type CarrierFile = z.infer<typeof CarrierFile>

/** A clock a number runs on; `days: null` means no source gives a figure. */
export const Clock = z
  .object({
    days: z.number().int().min(0).max(3650).nullable(),
    sources: z.array(Source),
    text: Texts.optional()
  })
  .strict()
export type Clock = z.infer<typeof Clock>

/** countries/<cc>.json */
export const CountryFile = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/),
    names: Texts,
    clocks: z
      .object({
        /** From a cancellation to the day the number may be given to someone else. */
        reissue: Clock,
        /** Without use for this long, a contract ends. */
        inactivity: Clock.optional(),
        /** From the day a number stops being paid to its cancellation by the carrier. */
        unpaidUntilCancelled: Clock.optional()
      })
      .strict(),
    /** The state's own checks of what is registered to a person. */
    stateChecks: z.array(Statement).default([]),
    /** True of every carrier of the country. */
    termination: z.array(Statement).default([]),
    /** Cancelling while abroad. */
    fromAbroad: z.array(Statement).default([]),
    /** Alternatives true of every carrier of the country. */
    alternatives: Alternatives,
    /**
     * What may happen to a number of the country whatever its holder plans (a foreign
     * citizen's number cut off without biometrics), each for its audience where it has one.
     */
    risks: z.array(Statement).default([]),
    /** The carrier visit, in the order it happens (items of the app's checklist). */
    storeChecklist: z.array(z.enum(CHECKLIST_ITEMS)).min(1),
    storeChecklistForeignCitizens: z.array(z.enum(CHECKLIST_ITEMS)).optional()
  })
  .strict()
export type CountryFile = z.infer<typeof CountryFile>

const KindStep = z
  .object({
    cancelled: Texts,
    possiblyReassigned: Texts,
    needsOldSim: YesNoUnknown.optional(),
    /** As a statement's `changesNumber`: follows the service's own `phone.needsOldSim`. */
    changesNumber: z.literal(true).optional()
  })
  .strict()

/**
 * kinds/<kind>.json: general advice for a kind of service, which names no service. A
 * story about real events (a loan taken through a recycled number) carries its source.
 */
export const KindFile = z
  .object({
    kind: z.enum(PLAYBOOK_KINDS),
    /** Each step of the kind's playbook once the SIM is gone, by step id. */
    steps: z.record(z.string(), KindStep),
    route: z.array(Statement),
    stranger: z.array(Statement)
  })
  .strict()
export type KindFile = z.infer<typeof KindFile>
