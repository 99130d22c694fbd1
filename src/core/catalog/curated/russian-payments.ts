import { curated } from '../curated-entry'

/** Russian wallets and money-transfer services. */
export const RUSSIAN_PAYMENTS = curated('ru', [
  {
    id: 'yoomoney',
    en: 'YooMoney',
    ru: 'ЮMoney',
    aliases: ['Яндекс.Деньги', 'ЮМани', 'Yandex.Money'],
    category: 'payments',
    roles: 'LSRN',
    domains: ['yoomoney.ru'],
    website: 'https://yoomoney.ru/'
  },
  {
    id: 'qiwi',
    en: 'QIWI Wallet',
    ru: 'Киви',
    aliases: ['QIWI Кошелёк', 'QIWI Кошелек', 'QIWI'],
    category: 'payments',
    roles: 'LSRN',
    domains: ['qiwi.com'],
    closed: true,
    facts: [
      {
        kind: 'closed',
        source: 'https://www.kommersant.ru/amp/6531062',
        tag: 'news',
        date: '2024-02-21'
      }
    ]
  },
  {
    id: 'mir-pay',
    en: 'Mir Pay',
    ru: 'Мир Пэй',
    aliases: ['MirPay', 'Мир Pay'],
    category: 'payments',
    roles: 'SN',
    domains: ['mironline.ru']
  },
  {
    id: 'webmoney',
    en: 'WebMoney',
    aliases: ['Вебмани'],
    category: 'payments',
    roles: 'LSRN',
    domains: ['webmoney.ru'],
    website: 'https://www.webmoney.ru/'
  },
  {
    id: 'korona-pay',
    en: 'Zolotaya Korona (Korona Pay)',
    ru: 'Золотая Корона',
    aliases: ['Korona Pay', 'Корона Пэй', 'Koronapay'],
    category: 'payments',
    roles: 'LSN',
    domains: ['koronapay.com'],
    website: 'https://koronapay.com/'
  },
  {
    id: 'unistream',
    en: 'Unistream',
    ru: 'Юнистрим',
    category: 'payments',
    roles: 'LSN',
    domains: ['unistream.ru'],
    website: 'https://unistream.ru/'
  }
])
