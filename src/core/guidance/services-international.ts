import {
  fact,
  news,
  NOT_KNOWN,
  official,
  unofficial,
  type ServicePlaybook
} from './service-playbook'

const TELEGRAM_PASSWORD = unofficial('https://tginfo.me/change-phone-number')
const WHATSAPP_RECYCLED = official(
  'https://faq.whatsapp.com/general/account-and-profile/seeing-your-phone-number-already-in-whatsapp?lang=sw'
)
const WHATSAPP_CHANGE = official(
  'https://macajubaacontece.com.br/2019/07/trocou-de-chip-confira-como-mudar-seu.html',
  '2019-07'
)
const WHATSAPP_LOST = news(
  'https://telegraf.id/whatsapp-what-happens-to-your-account-when-your-device-gets-stolen-or-lost'
)
// Apple's own pages, read through stored copies of them.
const APPLE_TRUSTED = official('https://support.apple.com/en-ph/122621')
const APPLE_RECOVERY = official('https://support.apple.com/en-us/118574')
const MICROSOFT_WAIT = official(
  'https://support.microsoft.com/en-za/help/4057241/microsoft-account-why-does-resetting-security-info-take-30-days'
)
const GOOGLE_RECOVER = unofficial(
  'https://luke.lol/search/?q=gmail+account+recovery+without+2+step+verification'
)
const BINANCE_RESET = official(
  'https://www.binance.com/cn/support/articles/360002335971',
  '2020-06-24'
)

/** International services with official or at least sourced steps. */
export const INTERNATIONAL_SERVICES: ServicePlaybook[] = [
  {
    id: 'telegram',
    steps: [
      fact(
        'change',
        official(
          'https://raw.githubusercontent.com/telegramapp/telegramapp.github.io/master/blog/telegram-me-change-number-and-pfs.html',
          '2014-12-01'
        )
      ),
      fact('fresh', official('https://core.telegram.org/method/account.sendChangePhoneCode.md')),
      fact('mobileOnly', unofficial('https://tginfo.me/account-already-exists-on-my-sim-en'))
    ],
    waits: [
      fact(
        'inactive',
        news(
          'https://www.lifehacker.com.au/2021/02/how-to-set-your-telegram-account-to-self-destruct/',
          '2021-02'
        )
      )
    ],
    foreign: NOT_KNOWN,
    route: [
      fact('session', unofficial('https://www.technobezz.com/how-to-recover-telegram-account')),
      fact('noManual', unofficial('https://onlytg.com/telegram_account_recovery_guide_in_2026/'))
    ],
    stranger: [
      fact('noPassword', TELEGRAM_PASSWORD),
      fact('password', TELEGRAM_PASSWORD),
      fact('case', news('https://manualdousuario.net/tag/telegram/'))
    ],
    contacts: []
  },
  {
    id: 'whatsapp',
    steps: [fact('change', WHATSAPP_CHANGE), fact('moves', WHATSAPP_CHANGE)],
    waits: [fact('pending', WHATSAPP_LOST), fact('recycled', WHATSAPP_RECYCLED)],
    foreign: NOT_KNOWN,
    route: [fact('deactivate', WHATSAPP_LOST)],
    stranger: [
      fact(
        'register',
        WHATSAPP_RECYCLED,
        official('https://justwhatsapp.com/why-is-my-phone-number-already-in-whatsapp.html')
      )
    ],
    contacts: [{ key: 'support', kind: 'email', sources: [WHATSAPP_LOST] }]
  },
  {
    id: 'apple-account',
    steps: [fact('trusted', APPLE_TRUSTED), fact('second', APPLE_TRUSTED)],
    waits: [fact('recovery', APPLE_RECOVERY)],
    foreign: NOT_KNOWN,
    route: [fact('recovery', APPLE_RECOVERY), fact('contact', APPLE_RECOVERY)],
    stranger: [],
    contacts: [
      { key: 'iforgot', kind: 'web', url: 'https://iforgot.apple.com', sources: [APPLE_RECOVERY] },
      { key: 'store', kind: 'inPerson', sources: [APPLE_RECOVERY] }
    ]
  },
  {
    id: 'microsoft',
    steps: [],
    waits: [fact('thirty', MICROSOFT_WAIT)],
    foreign: NOT_KNOWN,
    route: [fact('replaceAll', MICROSOFT_WAIT), fact('cancel', MICROSOFT_WAIT)],
    stranger: [],
    contacts: [{ key: 'help', kind: 'web', url: MICROSOFT_WAIT.url, sources: [MICROSOFT_WAIT] }]
  },
  {
    id: 'google',
    steps: [
      fact(
        'phone',
        unofficial('https://tinygrab.com/how-to-change-your-phone-number-on-google/'),
        unofficial(
          'https://admin.in.ilovexclub.com/forum.php?mod=viewthread&ordertype=2&tid=1154361',
          '2019-04-04'
        )
      )
    ],
    waits: [],
    foreign: NOT_KNOWN,
    route: [fact('recover', GOOGLE_RECOVER)],
    stranger: [
      fact(
        'study',
        news(
          'https://krebsonsecurity.com/2021/05/recycle-your-phone-sure-but-maybe-not-your-number/',
          '2021-05-19'
        )
      )
    ],
    contacts: [
      { key: 'recover', kind: 'web', url: 'https://g.co/recover', sources: [GOOGLE_RECOVER] }
    ]
  },
  {
    id: 'binance',
    steps: [fact('security', BINANCE_RESET)],
    waits: [
      fact('review', BINANCE_RESET),
      fact(
        'us',
        official(
          'https://intercom.help/binance-us/en/articles/10128496-how-to-reset-two-factor-authentication'
        )
      )
    ],
    foreign: NOT_KNOWN,
    route: [
      fact('unavailable', BINANCE_RESET),
      fact('newNumber', BINANCE_RESET),
      fact('identity', BINANCE_RESET)
    ],
    stranger: [],
    contacts: [{ key: 'help', kind: 'web', url: BINANCE_RESET.url, sources: [BINANCE_RESET] }]
  }
]
