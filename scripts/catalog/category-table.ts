/**
 * A category for a site only JustDeleteMe knows (it has none), from words in its name and
 * domains and from its top-level domain, in English, Russian and Chinese. Reviewed and
 * tested (tests/unit/node/catalog-generator-keeps-only-trustworthy-links.test.ts): a word here must mean
 * the category wherever it appears, so "air" (AirGPU), "exchange" (Stack Exchange) and "market" (marketing) are not in it.
 */
import { getDomain, getPublicSuffix } from 'tldts'
import type { Category } from '../../src/shared/domain/account-values'

interface Words {
  /** Whole words of a name, or a domain's labels (split at dots and dashes). */
  exact: string[]
  /** Beginnings of a word: "bank" also finds "banking" and "bankrate". */
  prefix: string[]
  /** Russian stems and Chinese words, found anywhere in the name. */
  anywhere: string[]
}

/** First match wins, in this order: the specific categories before the broad ones. */
export const CATEGORY_WORDS: Array<{ category: Category; words: Words }> = [
  {
    category: 'government',
    words: {
      exact: ['gov', 'government', 'ministry', 'municipality', 'embassy', 'consulate'],
      prefix: [],
      anywhere: [
        'госуслуг',
        'министерств',
        'правительств',
        'налогов',
        '政务',
        '政府',
        '人民政府',
        '税务'
      ]
    }
  },
  {
    category: 'bank',
    words: {
      exact: ['bank', 'banco', 'banque', 'bancorp', 'sparkasse', 'volksbank', 'raiffeisen'],
      prefix: ['bank', 'banking'],
      anywhere: ['банк', '银行']
    }
  },
  {
    category: 'payments',
    words: {
      exact: [
        'pay',
        'wallet',
        'crypto',
        'coin',
        'bitcoin',
        'btc',
        'invest',
        'trading',
        'broker',
        'finance',
        'fintech',
        'loan',
        'loans',
        'lending',
        'money',
        'cash',
        'credit',
        'insurance'
      ],
      prefix: ['payment', 'paypal', 'wallet', 'crypto', 'invest', 'financ', 'lend'],
      anywhere: [
        'кошел',
        'платеж',
        'платёж',
        'кредит',
        'инвест',
        'биржа',
        '支付',
        '钱包',
        '理财',
        '金融',
        '证券',
        '保险'
      ]
    }
  },
  {
    category: 'email',
    words: {
      exact: ['mail', 'email', 'e-mail', 'webmail', 'mailbox'],
      prefix: ['webmail', 'mailbox'],
      anywhere: ['почта', '邮箱', '邮件']
    }
  },
  {
    category: 'messenger',
    words: {
      exact: ['messenger', 'messaging'],
      prefix: ['messeng', 'messag'],
      anywhere: ['мессендж', '聊天', '即时通讯']
    }
  },
  {
    category: 'social',
    words: {
      exact: ['social', 'forum', 'forums', 'community', 'dating'],
      prefix: ['forum', 'dating'],
      anywhere: ['форум', 'знакомств', 'соцсет', '社交', '论坛', '社区', '交友']
    }
  },
  {
    category: 'marketplace',
    words: {
      exact: [
        'shop',
        'store',
        'market',
        'marketplace',
        'mall',
        'outlet',
        'deals',
        'buy',
        'food',
        'delivery'
      ],
      prefix: ['shop', 'store', 'marketplace'],
      anywhere: ['магазин', 'маркет', 'доставк', '商城', '购物', '商店', '外卖', '网购']
    }
  },
  {
    category: 'transport',
    words: {
      exact: [
        'travel',
        'airline',
        'airlines',
        'airways',
        'flight',
        'flights',
        'hotel',
        'hotels',
        'taxi',
        'cab',
        'rail',
        'railway',
        'train',
        'bus',
        'ferry',
        'parking',
        'transit'
      ],
      prefix: ['travel', 'airline', 'airway', 'flight', 'hotel', 'railway'],
      anywhere: [
        'такси',
        'билет',
        'авиа',
        'железнодорож',
        'отел',
        '旅行',
        '出行',
        '航空',
        '酒店',
        '铁路',
        '机票',
        '打车'
      ]
    }
  },
  {
    category: 'telecom',
    words: {
      exact: ['telecom', 'wireless', 'sim', 'esim', 'cellular', 'broadband', 'isp'],
      prefix: ['telecom', 'wireless', 'broadband'],
      anywhere: ['телеком', 'сотов', 'мобильн', '电信', '移动', '联通', '宽带']
    }
  },
  {
    category: 'utilities',
    words: {
      exact: [
        'energy',
        'electric',
        'electricity',
        'water',
        'gas',
        'utility',
        'utilities',
        'postal',
        'courier'
      ],
      prefix: ['electric', 'utilit', 'postal', 'courier'],
      anywhere: ['энерг', 'электр', 'водоканал', 'коммунал', '电力', '燃气', '水务', '快递', '邮政']
    }
  },
  {
    category: 'work',
    words: {
      exact: [
        'hosting',
        'host',
        'dev',
        'developer',
        'developers',
        'git',
        'api',
        'analytics',
        'crm',
        'jobs',
        'job',
        'career',
        'careers',
        'hr',
        'domains',
        'server',
        'servers',
        'saas'
      ],
      prefix: ['hosting', 'developer', 'analytic', 'career'],
      anywhere: ['хостинг', 'вакансии', 'работа', '云服务', '招聘', '开发者']
    }
  }
]

/** Top-level domains that say the category on their own. */
const CATEGORY_TLDS: Array<{ category: Category; test: (suffix: string) => boolean }> = [
  {
    category: 'government',
    test: (s) =>
      s === 'gov' ||
      s === 'mil' ||
      s.startsWith('gov.') ||
      s.startsWith('gob.') ||
      s.startsWith('go.') ||
      s === 'gouv.fr' ||
      s === 'gc.ca' ||
      s === 'gov.uk'
  },
  { category: 'bank', test: (s) => s === 'bank' },
  { category: 'marketplace', test: (s) => s === 'shop' || s === 'store' },
  { category: 'transport', test: (s) => s === 'travel' || s === 'aero' }
]

/** A name's words: lower case, split at anything not a letter or digit and at camelCase. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * The words of the name its owner registered, without subdomains or public suffix:
 * api.pay-by-phone.co.uk → pay, by, phone. A subdomain (shop., forums., chat.) names a
 * part of a site, not what the site is.
 */
function labelsOf(domain: string): string[] {
  const registered = getDomain(domain) ?? domain
  const suffix = getPublicSuffix(registered) ?? ''
  const name = registered.endsWith(`.${suffix}`)
    ? registered.slice(0, -suffix.length - 1)
    : registered
  return name.split(/[.-]/).filter(Boolean)
}

function matches(words: Words, tokens: string[], text: string): boolean {
  return (
    tokens.some((t) => words.exact.includes(t)) ||
    tokens.some((t) => words.prefix.some((p) => t.startsWith(p))) ||
    words.anywhere.some((w) => text.includes(w))
  )
}

/**
 * The category a site's name and main (first) domain say, or "other" when they say none.
 * Further domains are left out: a data set sometimes lists a hosted tool's customers.
 */
export function categoryOfSite(name: string, domains: readonly string[]): Category {
  const main = domains[0]
  const suffix = main ? (getPublicSuffix(main) ?? '') : ''
  const byTld = CATEGORY_TLDS.find((t) => t.test(suffix))
  if (byTld) return byTld.category
  const tokens = [...wordsOf(name), ...(main ? labelsOf(main) : [])]
  const text = name.toLowerCase()
  return CATEGORY_WORDS.find((c) => matches(c.words, tokens, text))?.category ?? 'other'
}
