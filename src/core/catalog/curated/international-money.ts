import { curated } from '../curated-entry'

/** Payment services, crypto exchanges, and banks abroad that people leaving Russia open. */
export const INTERNATIONAL_MONEY = curated(null, [
  {
    id: 'paypal',
    en: 'PayPal',
    zh: '贝宝',
    aliases: ['ПэйПал', 'Пейпал'],
    category: 'payments',
    roles: 'RN',
    domains: ['paypal.com'],
    website: 'https://www.paypal.com/',
    smsOrCall: false,
    facts: [
      {
        kind: 'noSmsCodes',
        source:
          'https://github.com/2factorauth/twofactorauth/blob/master/entries/p/paypal.com.json',
        tag: 'official'
      }
    ]
  },
  {
    id: 'revolut',
    en: 'Revolut',
    aliases: ['Револют'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['revolut.com'],
    website: 'https://www.revolut.com/'
  },
  {
    id: 'wise',
    en: 'Wise',
    aliases: ['TransferWise'],
    category: 'payments',
    roles: 'SRN',
    domains: ['wise.com', 'transferwise.com'],
    website: 'https://wise.com/'
  },
  {
    id: 'payoneer',
    en: 'Payoneer',
    category: 'payments',
    roles: 'SRN',
    domains: ['payoneer.com'],
    website: 'https://www.payoneer.com/'
  },
  {
    id: 'binance',
    en: 'Binance',
    zh: '币安',
    aliases: ['Бинанс'],
    category: 'payments',
    roles: 'SRN',
    domains: ['binance.com'],
    website: 'https://www.binance.com/'
  },
  {
    id: 'bybit',
    en: 'Bybit',
    aliases: ['Байбит'],
    category: 'payments',
    roles: 'SRN',
    domains: ['bybit.com'],
    website: 'https://www.bybit.com/'
  },
  {
    id: 'coinbase',
    en: 'Coinbase',
    category: 'payments',
    roles: 'SRN',
    domains: ['coinbase.com'],
    website: 'https://www.coinbase.com/'
  },
  {
    id: 'kaspi',
    en: 'Kaspi.kz',
    aliases: ['Каспи', 'Kaspi Bank', 'Каспи Банк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['kaspi.kz'],
    website: 'https://kaspi.kz/'
  },
  {
    id: 'halyk',
    en: 'Halyk Bank',
    aliases: ['Халык Банк', 'Народный банк Казахстана'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['halykbank.kz'],
    website: 'https://halykbank.kz/'
  },
  {
    id: 'freedom-bank',
    en: 'Freedom Bank',
    aliases: ['Фридом Банк', 'Freedom Finance Bank'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['bankffin.kz'],
    website: 'https://bankffin.kz/'
  },
  {
    id: 'jusan',
    en: 'Jusan Bank',
    aliases: ['Жусан Банк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['jusan.kz'],
    website: 'https://jusan.kz/'
  },
  {
    id: 'fortebank',
    en: 'ForteBank',
    aliases: ['ФортеБанк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['forte.kz'],
    website: 'https://forte.kz/'
  },
  {
    id: 'bcc',
    en: 'Bank CenterCredit',
    aliases: ['Банк ЦентрКредит', 'BCC'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['bcc.kz'],
    website: 'https://www.bcc.kz/'
  },
  {
    id: 'tbc-bank',
    en: 'TBC Bank',
    aliases: ['ТБС Банк', 'ТБС'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['tbcbank.ge'],
    website: 'https://www.tbcbank.ge/'
  },
  {
    id: 'bank-of-georgia',
    en: 'Bank of Georgia',
    ru: 'Банк Грузии',
    category: 'bank',
    roles: 'LSRN',
    domains: ['bankofgeorgia.ge'],
    website: 'https://bankofgeorgia.ge/'
  },
  {
    id: 'ameriabank',
    en: 'Ameriabank',
    ru: 'Америабанк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['ameriabank.am'],
    website: 'https://ameriabank.am/'
  },
  {
    id: 'ardshinbank',
    en: 'Ardshinbank',
    aliases: ['Ардшинбанк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['ardshinbank.am'],
    website: 'https://www.ardshinbank.am/'
  },
  {
    id: 'evocabank',
    en: 'Evocabank',
    aliases: ['Эвокабанк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['evoca.am'],
    website: 'https://www.evoca.am/'
  },
  {
    id: 'inecobank',
    en: 'Inecobank',
    aliases: ['Инекобанк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['inecobank.am'],
    website: 'https://www.inecobank.am/'
  },
  {
    id: 'raiffeisen-serbia',
    en: 'Raiffeisen Bank Serbia',
    aliases: ['Raiffeisen banka'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['raiffeisenbank.rs'],
    website: 'https://www.raiffeisenbank.rs/'
  },
  {
    id: 'banca-intesa',
    en: 'Banca Intesa (Serbia)',
    aliases: ['Banca Intesa Beograd'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['bancaintesa.rs'],
    website: 'https://www.bancaintesa.rs/'
  }
])
