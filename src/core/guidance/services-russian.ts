import {
  fact,
  news,
  NOT_KNOWN,
  official,
  unofficial,
  type ServicePlaybook
} from './service-playbook'

const YANDEX_PHONE = official(
  'https://yandex.com/support/passport/troubleshooting/problems_phone-problems.html'
)
const YANDEX_ALERT = official(
  'https://yandex.com/support/passport/troubleshooting/phone-alert.html?lang=en'
)
const YANDEX_ALERT_KZ = official(
  'https://yandex.kz/support/id/troubleshooting/phone-alert.html?lang=kk'
)
const YANDEX_RESTORE = official('https://yandex.uz/support/id/ru/support-restore')
const MAIL_RU_METHODS = official(
  'https://webcf.waybackmachine.org/web/20230607095521/https://help.mail.ru/mail/security/protection/restore',
  '2023-06-07'
)
const MAIL_RU_RESTORE = official('https://help.mail.ru/mail/security/hacked/restore')
const RAIFFEISEN_CALL = official(
  'https://www.raiffeisen.ru/retail/remote_service/information-centr/knowledgebase/kak_razblokirovat_kartu/'
)
const OZON_BANK_DATA = official('https://docs.ozon.ru/common/ozon-bank/personal-data/')
const MOS_RU = unofficial(
  'https://amulex.ru/daily/howto/kak-vosstanovit-parol-v-lichnyj-kabinet-na-mos-ru/amp'
)
const NALOG_SIGN_IN = unofficial(
  'https://coonwood.ru/en/tests/nalogi-lichnyi-kabinet-fizicheskogo-lica-kak-zaregistrirovatsya.html'
)
const NALOG_PASSWORD = unofficial(
  'https://police-club.ru/v-kakoy-srok-neobhodimo-pomenyat-pervichnyy-parol-v-lk-fl'
)

/** Russian services the fact sheet knows something reliable (or at least sourced) about. */
export const RUSSIAN_SERVICES: ServicePlaybook[] = [
  {
    id: 'yandex-id',
    steps: [fact('phonePage', YANDEX_PHONE)],
    waits: [fact('hold', YANDEX_ALERT_KZ, YANDEX_ALERT)],
    foreign: { answer: 'yes', sources: [YANDEX_PHONE] },
    route: [fact('methods', YANDEX_RESTORE), fact('form', YANDEX_RESTORE)],
    stranger: [fact('unlink', YANDEX_ALERT)],
    contacts: [{ key: 'restore', kind: 'web', url: YANDEX_RESTORE.url, sources: [YANDEX_RESTORE] }]
  },
  {
    id: 'mail-ru',
    steps: [fact('methods', MAIL_RU_METHODS)],
    waits: [],
    foreign: NOT_KNOWN,
    route: [fact('noPhone', MAIL_RU_RESTORE)],
    stranger: [fact('digits', MAIL_RU_RESTORE)],
    contacts: [
      { key: 'restore', kind: 'web', url: MAIL_RU_RESTORE.url, sources: [MAIL_RU_RESTORE] }
    ]
  },
  {
    id: 'vk',
    steps: [],
    waits: [],
    foreign: NOT_KNOWN,
    route: [
      fact(
        'form',
        unofficial('https://eng.kakprosto.ru/how-887884-how-to-recover-hacked-page-vkontakte'),
        unofficial(
          'https://sq.havethebestelectronics.com/17239171-why-was-the-vkontakte-page-frozen-what-to-do'
        )
      )
    ],
    stranger: [],
    contacts: []
  },
  {
    id: 'gosuslugi',
    steps: [
      fact('profile', unofficial('https://wiki-time.ru/pomenyat-telefon-lichnom/')),
      fact(
        'trusted',
        news(
          'https://news.ru/society/s-14-oktyabrya-dlya-vseh-kto-zahodit-na-gosuslugi-vvoditsya-novoe-pravilo',
          '2025-10-14'
        ),
        news('https://news.mail.ru/society/69007287/', '2025-12-08')
      )
    ],
    waits: [],
    foreign: NOT_KNOWN,
    route: [],
    stranger: [
      fact(
        'case',
        news(
          'https://okt-tuganyak.ru/news/chelovek-i-zakon-keshe-m-khokuk/2025-12-04/pensioner-isemen-kredit-r-smil-shterg-nn-r-4493677',
          '2025-12-04'
        )
      ),
      fact(
        'plan',
        news(
          'https://rtvi.com/news/vlasti-nachnut-proveryat-privyazannye-k-gosuslugam-sotovye-nomera-rossiyan/',
          '2025-08-24'
        )
      )
    ],
    contacts: []
  },
  {
    id: 'mos-ru',
    steps: [],
    waits: [fact('twoHours', MOS_RU)],
    foreign: NOT_KNOWN,
    route: [fact('recovery', MOS_RU), fact('noAccess', MOS_RU)],
    stranger: [],
    contacts: [
      { key: 'recovery', kind: 'web', url: 'https://login.mos.ru/sps/recovery', sources: [MOS_RU] },
      { key: 'form', kind: 'web', url: 'https://mos.ru/feedback/support/', sources: [MOS_RU] },
      { key: 'phone', kind: 'phone', phone: '+7 495 539-55-55', sources: [MOS_RU] },
      { key: 'centre', kind: 'inPerson', sources: [MOS_RU] }
    ]
  },
  {
    id: 'nalog',
    steps: [],
    waits: [],
    foreign: NOT_KNOWN,
    route: [fact('signIn', NALOG_SIGN_IN), fact('office', NALOG_PASSWORD)],
    stranger: [],
    contacts: [
      { key: 'signIn', kind: 'web', url: 'https://lkfl2.nalog.ru', sources: [NALOG_SIGN_IN] }
    ]
  },
  {
    id: 'raiffeisen',
    steps: [],
    waits: [],
    foreign: NOT_KNOWN,
    route: [fact('call', RAIFFEISEN_CALL)],
    stranger: [],
    contacts: [{ key: 'call', kind: 'inApp', sources: [RAIFFEISEN_CALL] }]
  },
  {
    id: 'ozon-bank',
    steps: [fact('page', OZON_BANK_DATA)],
    waits: [],
    foreign: NOT_KNOWN,
    route: [fact('codeword', OZON_BANK_DATA)],
    stranger: [],
    contacts: [{ key: 'help', kind: 'web', url: OZON_BANK_DATA.url, sources: [OZON_BANK_DATA] }]
  },
  {
    id: 'avito',
    steps: [fact('order', unofficial('https://zvonyaka.ru/kak-ubrat-telefon-s-avito'))],
    waits: [fact('reuse', unofficial('https://zvonyaka.ru/kak-ubrat-telefon-s-avito'))],
    foreign: NOT_KNOWN,
    route: [],
    stranger: [],
    contacts: []
  },
  {
    id: 'wildberries',
    steps: [fact('noInApp', news('https://www.banki.ru/news/columnists/?id=11013730'))],
    waits: [],
    foreign: NOT_KNOWN,
    route: [],
    stranger: [],
    contacts: []
  }
]
