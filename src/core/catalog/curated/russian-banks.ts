import { curated } from '../curated-entry'

/** Russian banks: all of them log in by phone number and send SMS codes to it. */
export const RUSSIAN_BANKS = curated('ru', [
  {
    id: 'sber',
    en: 'Sber (Sberbank)',
    ru: 'Сбер',
    aliases: [
      'Сбербанк',
      'СберБанк Онлайн',
      'Sberbank',
      'SberBank Online',
      'СберID',
      'Сбер ID',
      'SberID'
    ],
    category: 'bank',
    roles: 'LSRN',
    domains: ['sberbank.ru', 'sber.ru'],
    website: 'https://www.sberbank.ru/'
  },
  {
    id: 't-bank',
    en: 'T-Bank (Tinkoff)',
    ru: 'Т-Банк',
    aliases: ['Тинькофф', 'Tinkoff', 'Т-Инвестиции', 'Тинькофф Инвестиции', 'Tinkoff Invest'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['tbank.ru', 'tinkoff.ru'],
    website: 'https://www.tbank.ru/'
  },
  {
    id: 'vtb',
    en: 'VTB',
    ru: 'ВТБ',
    aliases: ['ВТБ Онлайн', 'VTB Online'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['vtb.ru'],
    website: 'https://www.vtb.ru/'
  },
  {
    id: 'otkritie',
    en: 'Bank Otkritie',
    ru: 'Банк «Открытие»',
    aliases: ['Открытие', 'Otkritie', 'ФК Открытие'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['open.ru']
  },
  {
    id: 'alfa-bank',
    en: 'Alfa-Bank',
    ru: 'Альфа-Банк',
    aliases: ['Альфа', 'Alfa-Online'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['alfabank.ru'],
    website: 'https://alfabank.ru/'
  },
  {
    id: 'gazprombank',
    en: 'Gazprombank',
    ru: 'Газпромбанк',
    aliases: ['ГПБ', 'GPB'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['gazprombank.ru'],
    website: 'https://www.gazprombank.ru/'
  },
  {
    id: 'raiffeisen',
    en: 'Raiffeisenbank',
    ru: 'Райффайзенбанк',
    aliases: ['Райф', 'Raiffeisen'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['raiffeisen.ru'],
    website: 'https://www.raiffeisen.ru/'
  },
  {
    id: 'sovcombank',
    en: 'Sovcombank',
    ru: 'Совкомбанк',
    aliases: ['Халва'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['sovcombank.ru'],
    website: 'https://sovcombank.ru/'
  },
  {
    id: 'pochta-bank',
    en: 'Pochta Bank',
    ru: 'Почта Банк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['pochtabank.ru'],
    website: 'https://www.pochtabank.ru/'
  },
  {
    id: 'ozon-bank',
    en: 'Ozon Bank',
    ru: 'Озон Банк',
    aliases: ['Ozon Банк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['finance.ozon.ru']
  },
  {
    id: 'mts-bank',
    en: 'MTS Bank',
    ru: 'МТС Банк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['mtsbank.ru'],
    website: 'https://www.mtsbank.ru/'
  },
  {
    id: 'rshb',
    en: 'Rosselkhozbank',
    ru: 'Россельхозбанк',
    aliases: ['РСХБ'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['rshb.ru'],
    website: 'https://www.rshb.ru/'
  },
  {
    id: 'otp-bank',
    en: 'OTP Bank',
    ru: 'ОТП Банк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['otpbank.ru'],
    website: 'https://www.otpbank.ru/'
  },
  {
    id: 'home-bank',
    en: 'Home Bank (Home Credit)',
    ru: 'Хоум Банк',
    aliases: ['Хоум Кредит', 'Home Credit'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['homecredit.ru'],
    website: 'https://www.homecredit.ru/'
  },
  {
    id: 'bank-spb',
    en: 'Bank Saint Petersburg',
    ru: 'Банк «Санкт-Петербург»',
    aliases: ['БСПБ'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['bspb.ru'],
    website: 'https://www.bspb.ru/'
  },
  {
    id: 'yandex-bank',
    en: 'Yandex Bank',
    ru: 'Яндекс Банк',
    aliases: ['Яндекс Пэй', 'Yandex Pay'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['bank.yandex.ru']
  },
  {
    id: 'uralsib',
    en: 'Uralsib',
    ru: 'Уралсиб',
    category: 'bank',
    roles: 'LSRN',
    domains: ['uralsib.ru'],
    website: 'https://www.uralsib.ru/'
  },
  {
    id: 'psb',
    en: 'PSB (Promsvyazbank)',
    ru: 'ПСБ',
    aliases: ['Промсвязьбанк', 'Promsvyazbank'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['psbank.ru'],
    website: 'https://www.psbank.ru/'
  },
  {
    id: 'rosbank',
    en: 'Rosbank',
    ru: 'Росбанк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['rosbank.ru'],
    website: 'https://www.rosbank.ru/'
  },
  {
    id: 'mkb',
    en: 'MKB (Credit Bank of Moscow)',
    ru: 'МКБ',
    aliases: ['Московский кредитный банк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['mkb.ru'],
    website: 'https://mkb.ru/'
  },
  {
    id: 'russian-standard',
    en: 'Russian Standard Bank',
    ru: 'Банк Русский Стандарт',
    aliases: ['Русский Стандарт'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['rsb.ru'],
    website: 'https://www.rsb.ru/'
  },
  {
    id: 'renaissance-credit',
    en: 'Renaissance Credit',
    ru: 'Ренессанс Кредит',
    aliases: ['Ренессанс Банк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['rencredit.ru'],
    website: 'https://rencredit.ru/'
  },
  {
    id: 'ak-bars',
    en: 'Ak Bars Bank',
    ru: 'Ак Барс Банк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['akbars.ru'],
    website: 'https://www.akbars.ru/'
  },
  {
    id: 'zenit',
    en: 'Bank Zenit',
    ru: 'Банк Зенит',
    category: 'bank',
    roles: 'LSRN',
    domains: ['zenit.ru'],
    website: 'https://www.zenit.ru/'
  },
  {
    id: 'absolut-bank',
    en: 'Absolut Bank',
    ru: 'Абсолют Банк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['absolutbank.ru'],
    website: 'https://absolutbank.ru/'
  },
  {
    id: 'loko-bank',
    en: 'Loko-Bank',
    ru: 'Локо-Банк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['lockobank.ru'],
    website: 'https://www.lockobank.ru/'
  },
  {
    id: 'tochka',
    en: 'Tochka (business bank)',
    ru: 'Точка',
    aliases: ['Точка Банк'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['tochka.com'],
    website: 'https://tochka.com/'
  },
  {
    id: 'modulbank',
    en: 'Modulbank',
    ru: 'Модульбанк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['modulbank.ru'],
    website: 'https://modulbank.ru/'
  }
])
