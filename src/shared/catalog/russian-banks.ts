import { entry, type CatalogEntry } from './entry'

export const RUSSIAN_BANKS: CatalogEntry[] = [
  entry('sber', 'Sber (Sberbank)', 'bank', 'LSRN', 'bank', {
    aliases: ['Сбер', 'Сбербанк', 'СберБанк Онлайн'],
    url: 'https://www.sberbank.ru/',
    domains: ['sberbank.ru', 'sber.ru']
  }),
  entry('t-bank', 'T-Bank (Tinkoff)', 'bank', 'LSRN', 'bank', {
    aliases: ['Т-Банк', 'Тинькофф', 'Tinkoff'],
    url: 'https://www.tbank.ru/',
    domains: ['tbank.ru', 'tinkoff.ru']
  }),
  entry('vtb', 'VTB', 'bank', 'LSRN', 'bank', {
    aliases: ['ВТБ', 'ВТБ Онлайн'],
    url: 'https://www.vtb.ru/',
    domains: ['vtb.ru']
  }),
  entry('alfa-bank', 'Alfa-Bank', 'bank', 'LSRN', 'bank', {
    aliases: ['Альфа-Банк', 'Альфа'],
    url: 'https://alfabank.ru/',
    domains: ['alfabank.ru']
  }),
  entry('gazprombank', 'Gazprombank', 'bank', 'LSRN', 'bank', {
    aliases: ['Газпромбанк', 'ГПБ'],
    url: 'https://www.gazprombank.ru/',
    domains: ['gazprombank.ru']
  }),
  entry('raiffeisen', 'Raiffeisenbank', 'bank', 'LSRN', 'bank', {
    aliases: ['Райффайзенбанк', 'Райф'],
    url: 'https://www.raiffeisen.ru/',
    domains: ['raiffeisen.ru']
  }),
  entry('sovcombank', 'Sovcombank', 'bank', 'LSRN', 'bank', {
    aliases: ['Совкомбанк', 'Халва'],
    url: 'https://sovcombank.ru/',
    domains: ['sovcombank.ru']
  }),
  entry('pochta-bank', 'Pochta Bank', 'bank', 'LSRN', 'bank', {
    aliases: ['Почта Банк'],
    url: 'https://www.pochtabank.ru/',
    domains: ['pochtabank.ru']
  }),
  entry('ozon-bank', 'Ozon Bank', 'bank', 'LSRN', 'bank', {
    aliases: ['Озон Банк', 'Ozon Банк'],
    domains: ['finance.ozon.ru']
  }),
  entry('mts-bank', 'MTS Bank', 'bank', 'LSRN', 'bank', {
    aliases: ['МТС Банк'],
    url: 'https://www.mtsbank.ru/',
    domains: ['mtsbank.ru']
  }),
  entry('rshb', 'Rosselkhozbank', 'bank', 'LSRN', 'bank', {
    aliases: ['Россельхозбанк', 'РСХБ'],
    url: 'https://www.rshb.ru/',
    domains: ['rshb.ru']
  }),
  entry('otp-bank', 'OTP Bank', 'bank', 'LSRN', 'bank', {
    aliases: ['ОТП Банк'],
    url: 'https://www.otpbank.ru/',
    domains: ['otpbank.ru']
  }),
  entry('home-bank', 'Home Bank (Home Credit)', 'bank', 'LSRN', 'bank', {
    aliases: ['Хоум Банк', 'Хоум Кредит'],
    domains: ['homecredit.ru']
  }),
  entry('bank-spb', 'Bank Saint Petersburg', 'bank', 'LSRN', 'bank', {
    aliases: ['Банк «Санкт-Петербург»', 'БСПБ'],
    url: 'https://www.bspb.ru/',
    domains: ['bspb.ru']
  }),
  entry('yandex-bank', 'Yandex Bank', 'bank', 'LSRN', 'bank', {
    aliases: ['Яндекс Банк', 'Яндекс Пэй'],
    domains: ['bank.yandex.ru']
  }),
  entry('uralsib', 'Uralsib', 'bank', 'LSRN', 'bank', {
    aliases: ['Уралсиб'],
    url: 'https://www.uralsib.ru/',
    domains: ['uralsib.ru']
  }),
  entry('psb', 'PSB (Promsvyazbank)', 'bank', 'LSRN', 'bank', {
    aliases: ['ПСБ', 'Промсвязьбанк'],
    url: 'https://www.psbank.ru/',
    domains: ['psbank.ru']
  }),
  entry('rosbank', 'Rosbank', 'bank', 'LSRN', 'bank', {
    aliases: ['Росбанк'],
    url: 'https://www.rosbank.ru/',
    domains: ['rosbank.ru']
  }),
  entry('mkb', 'MKB (Credit Bank of Moscow)', 'bank', 'LSRN', 'bank', {
    aliases: ['МКБ', 'Московский кредитный банк'],
    url: 'https://mkb.ru/',
    domains: ['mkb.ru']
  }),
  entry('yoomoney', 'YooMoney', 'payments', 'LSRN', 'payments', {
    aliases: ['ЮMoney', 'Яндекс.Деньги'],
    url: 'https://yoomoney.ru/',
    domains: ['yoomoney.ru']
  }),
  entry('qiwi', 'QIWI Wallet', 'payments', 'LSRN', 'payments', {
    aliases: ['Киви', 'QIWI Кошелёк'],
    domains: ['qiwi.com']
  }),
  entry('mir-pay', 'Mir Pay', 'payments', 'SN', 'payments', { aliases: ['Мир Пэй'] })
]
