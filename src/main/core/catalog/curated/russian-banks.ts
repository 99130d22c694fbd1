import { curated } from '../curated-entry'

export const RUSSIAN_BANKS = curated('ru', [
  {
    id: 'sber',
    en: 'Sber (Sberbank)',
    ru: 'Сбер',
    aliases: ['Сбербанк', 'СберБанк Онлайн'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['sberbank.ru', 'sber.ru'],
    website: 'https://www.sberbank.ru/'
  },
  {
    id: 't-bank',
    en: 'T-Bank (Tinkoff)',
    ru: 'Т-Банк',
    aliases: ['Тинькофф', 'Tinkoff'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['tbank.ru', 'tinkoff.ru'],
    website: 'https://www.tbank.ru/'
  },
  {
    id: 'vtb',
    en: 'VTB',
    ru: 'ВТБ',
    aliases: ['ВТБ Онлайн'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['vtb.ru'],
    website: 'https://www.vtb.ru/'
  },
  {
    id: 'alfa-bank',
    en: 'Alfa-Bank',
    ru: 'Альфа-Банк',
    aliases: ['Альфа'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['alfabank.ru'],
    website: 'https://alfabank.ru/'
  },
  {
    id: 'gazprombank',
    en: 'Gazprombank',
    ru: 'Газпромбанк',
    aliases: ['ГПБ'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['gazprombank.ru'],
    website: 'https://www.gazprombank.ru/'
  },
  {
    id: 'raiffeisen',
    en: 'Raiffeisenbank',
    ru: 'Райффайзенбанк',
    aliases: ['Райф'],
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
    aliases: ['Хоум Кредит'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['homecredit.ru']
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
    aliases: ['Яндекс Пэй'],
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
    aliases: ['Промсвязьбанк'],
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
    id: 'yoomoney',
    en: 'YooMoney',
    ru: 'ЮMoney',
    aliases: ['Яндекс.Деньги'],
    category: 'payments',
    roles: 'LSRN',
    domains: ['yoomoney.ru'],
    website: 'https://yoomoney.ru/'
  },
  {
    id: 'qiwi',
    en: 'QIWI Wallet',
    ru: 'Киви',
    aliases: ['QIWI Кошелёк'],
    category: 'payments',
    roles: 'LSRN',
    domains: ['qiwi.com']
  },
  { id: 'mir-pay', en: 'Mir Pay', ru: 'Мир Пэй', category: 'payments', roles: 'SN', domains: [] }
])
