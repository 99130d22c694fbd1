/**
 * What is known about cancelling with each carrier, the alternatives to cancelling, and the
 * state's checks, each statement with where it was published. No schema and no Node: the
 * window shows it as it is. Every text is in the message files under the fact's key
 * (`carrier.facts.<id>`, `alternatives.facts.<id>`, `stateChecks.facts.<id>`).
 *
 * Tags: `official` is the company's or agency's own page, `news` a news outlet; an
 * `unofficial` source (a blog, a forum, a guide) is shown with a label that says to check
 * with the carrier. Machine-written sites are never a source, and a statement that only
 * they make is left out (so the MTS power of attorney and online cancellation in personal
 * accounts are not here).
 */

export type FactTag = 'official' | 'news' | 'unofficial'

export interface FactSource {
  url: string
  /** The publication date the page shows (YYYY-MM-DD or YYYY-MM), when it shows one. */
  date?: string
}

export interface Fact {
  id: string
  tag: FactTag
  /** Several pages that say the same thing; the first is shown first. */
  sources: FactSource[]
  /** The source is years old: shown, so the reader weighs it. */
  old?: boolean
}

export type CarrierId = 'mts' | 'beeline' | 'megafon' | 't2' | 'yota'

const T2_TERMINATION = 'https://lipetsk.tele2.ru/help/article/contract-termination'
const MEGAFON_FAQ = 'https://moscow.megafon.ru./help/faq/mnp.html'
const RBC_SIM_LIST = {
  url: 'https://www.rbc.ru/rbcfreenews/6900e19a9a7947664e9ac9d7',
  date: '2025-11-01'
}
const RTVI_SIM_LIST = {
  url: 'https://rtvi.com/news/vlasti-nachnut-proveryat-privyazannye-k-gosuslugam-sotovye-nomera-rossiyan/',
  date: '2025-08-24'
}

/** How each carrier ends a contract. An empty list: nothing reliable is known. */
export const CARRIER_TERMINATION: Record<CarrierId, Fact[]> = {
  t2: [
    { id: 't2Stores', tag: 'official', sources: [{ url: T2_TERMINATION }] },
    { id: 't2Attorney', tag: 'official', sources: [{ url: T2_TERMINATION }] },
    { id: 't2Balance', tag: 'official', sources: [{ url: T2_TERMINATION }] }
  ],
  mts: [
    {
      id: 'mtsInPerson',
      tag: 'unofficial',
      sources: [
        {
          url: 'https://graph.org/Kak-Rastorgnut-Dogovor-s-MTS-Distancionno-Polnoe-Rukovodstvo-11-02'
        }
      ]
    }
  ],
  megafon: [
    {
      id: 'megafonAttorney',
      tag: 'unofficial',
      sources: [{ url: 'https://it.nowadayhitech.com/10600576-how-to-disconnect-from-megaphone' }]
    }
  ],
  beeline: [
    {
      id: 'beelineOffice',
      tag: 'unofficial',
      old: true,
      sources: [
        { url: 'https://it.nowadayhitech.com/10823622-how-to-terminate-a-contract-with-beeline' }
      ]
    }
  ],
  yota: []
}

/** True for every Russian contract, whatever the carrier. */
export const RUSSIAN_TERMINATION: Fact[] = [
  {
    id: 'anyTime',
    tag: 'news',
    sources: [
      {
        url: 'https://www.rbc.ru/economics/26/01/2024/65b3e69c9a79475745177ffe',
        date: '2024-01-26'
      }
    ]
  }
]

/** Cancelling while abroad: someone acts for you with a power of attorney. */
export const FROM_ABROAD: Fact[] = [
  {
    id: 'consulateCertifies',
    tag: 'official',
    sources: [
      {
        url: 'https://czech.mid.ru/ru/consular-services/russia/notary-office/oformlenie_doverennostey/'
      }
    ]
  },
  {
    id: 'consularAccepted',
    tag: 'unofficial',
    sources: [{ url: 'https://demru.cy/guides/power-of-attorney' }]
  }
]

export const ALTERNATIVES = ['suspend', 'port', 'roaming'] as const
export type Alternative = (typeof ALTERNATIVES)[number]

/**
 * What is known about each alternative, per carrier (`any` for every carrier). A carrier
 * without an entry: nothing reliable is known, and the window says so.
 */
export const ALTERNATIVE_FACTS: Record<Alternative, Partial<Record<CarrierId | 'any', Fact[]>>> = {
  suspend: {
    mts: [
      {
        id: 'mtsSuspension',
        tag: 'unofficial',
        sources: [
          {
            url: 'https://voprosoff.net/6004/как-заблокировать-сим-карту-мтс-подробная-инструкция'
          },
          {
            url: 'https://graph.org/Skolko-dejstvuet-dobrovolnaya-blokirovka-MTS-Dobrovolnaya-blokirovka-nomera-MTS-vse-chto-nuzhno-znat-11-19'
          }
        ]
      }
    ]
  },
  port: {
    mts: [
      {
        id: 'mtsPortConditions',
        tag: 'official',
        sources: [{ url: 'https://media.mts.ru/internet/123907' }]
      },
      {
        id: 'mtsPortTiming',
        tag: 'official',
        sources: [
          {
            url: 'https://elista.mts.ru/personal/podderzhka/mobilnaya-svyaz/deystviya-s-sim-kartoy/perehod-ot-drugogo-operatora-s-sohraneniem-nomera-mnp'
          }
        ]
      }
    ],
    megafon: [{ id: 'megafonPortFee', tag: 'official', sources: [{ url: MEGAFON_FAQ }] }]
  },
  roaming: {
    any: [
      {
        id: 'unusedNinetyDays',
        tag: 'news',
        sources: [
          {
            url: 'https://www.rbc.ru/economics/26/01/2024/65b3e69c9a79475745177ffe',
            date: '2024-01-26'
          }
        ]
      }
    ],
    megafon: [
      {
        id: 'megafonRoaming',
        tag: 'official',
        sources: [{ url: 'https://samara.megafon.ru/roaming/roaming_guide' }]
      }
    ]
  }
}

/** The state's own checks, by the old number's country. */
export const STATE_CHECKS: Record<'RU' | 'CN', Fact[]> = {
  RU: [
    { id: 'simList', tag: 'news', sources: [RBC_SIM_LIST, RTVI_SIM_LIST] },
    {
      id: 'selfBan',
      tag: 'news',
      sources: [
        {
          url: 'https://xn--80apaohbc3aw9e.xn--p1ai/article/samozapret-na-poluchenie-sim-kart-ot-chego-on-zaschitit-i-kak-oformit',
          date: '2025-09-09'
        },
        {
          url: 'https://www.penzainform.ru/news/social/2025/10/27/s_noyabrya_budut_blokirovat_svyaz_po_novomu_osnovaniyu.html',
          date: '2025-10-27'
        }
      ]
    },
    {
      id: 'numberLimit',
      tag: 'official',
      sources: [{ url: MEGAFON_FAQ }]
    },
    {
      id: 'overLimit',
      tag: 'news',
      sources: [
        {
          url: 'https://www.ferra.ru/news/v-rossii/mincifry-predupredilo-rossiyan-ob-ogranichenii-kolichestva-sim-kart-27-10-2025.htm',
          date: '2025-10-27'
        },
        RBC_SIM_LIST
      ]
    },
    {
      id: 'foreigners',
      tag: 'official',
      sources: [
        { url: MEGAFON_FAQ },
        {
          url: 'https://mfc-cherkessk.ru/news/949-sim-karty-dlja-inostrannyh-grazhdan-vazhnye-pravila.html',
          date: '2025-12-06'
        }
      ]
    }
  ],
  CN: [
    {
      id: 'accountLookup',
      tag: 'news',
      sources: [{ url: 'https://isz.org.cn/news/4/3/12498.html', date: '2022-07-22' }]
    },
    {
      id: 'recycledRenewal',
      tag: 'news',
      sources: [{ url: 'https://www.itcow.cn/archives/26952' }]
    },
    {
      id: 'unbindFirst',
      tag: 'news',
      sources: [{ url: 'https://www.thepaper.cn/newsDetail_forward_32456904' }]
    }
  ]
}

/** The carrier ids this guide knows, for a case whose carrier was typed by hand. */
export function knownCarrier(carrier: string): CarrierId | null {
  return carrier in CARRIER_TERMINATION ? (carrier as CarrierId) : null
}

/** The state's checks for a number's country; none where nothing is known. */
export function stateChecksFor(country: string): Fact[] {
  return country === 'RU' || country === 'CN' ? STATE_CHECKS[country] : []
}

/** Every fact of the guide with where it belongs in the message files. */
export function allFacts(): Array<{ key: string; fact: Fact }> {
  const out: Array<{ key: string; fact: Fact }> = []
  const add = (namespace: string, facts: Fact[]): void => {
    for (const fact of facts) out.push({ key: `${namespace}.facts.${fact.id}`, fact })
  }
  for (const facts of Object.values(CARRIER_TERMINATION)) add('carrier', facts)
  add('carrier', RUSSIAN_TERMINATION)
  add('carrier', FROM_ABROAD)
  for (const byCarrier of Object.values(ALTERNATIVE_FACTS))
    for (const facts of Object.values(byCarrier)) add('alternatives', facts ?? [])
  for (const facts of Object.values(STATE_CHECKS)) add('stateChecks', facts)
  return out
}
