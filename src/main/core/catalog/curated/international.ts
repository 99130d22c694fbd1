import { curated } from '../curated-entry'

export const INTERNATIONAL = curated(null, [
  {
    id: 'google',
    en: 'Google Account',
    ru: 'Гугл',
    zh: '谷歌',
    aliases: ['Gmail'],
    category: 'email',
    roles: 'SRN',
    domains: ['google.com', 'gmail.com'],
    website: 'https://myaccount.google.com/'
  },
  {
    id: 'apple-account',
    en: 'Apple Account',
    ru: 'Эпл',
    aliases: ['Apple ID', 'iCloud'],
    category: 'email',
    roles: 'SR',
    domains: ['apple.com', 'icloud.com'],
    website: 'https://account.apple.com/'
  },
  {
    id: 'microsoft',
    en: 'Microsoft Account',
    aliases: ['Outlook', 'Hotmail', 'Xbox'],
    category: 'email',
    roles: 'SR',
    domains: ['microsoft.com', 'live.com', 'outlook.com'],
    website: 'https://account.microsoft.com/'
  },
  {
    id: 'facebook',
    en: 'Facebook',
    ru: 'Фейсбук',
    aliases: ['Meta'],
    category: 'social',
    roles: 'LSR',
    domains: ['facebook.com'],
    website: 'https://www.facebook.com/'
  },
  {
    id: 'instagram',
    en: 'Instagram',
    ru: 'Инстаграм',
    category: 'social',
    roles: 'LSR',
    domains: ['instagram.com'],
    website: 'https://www.instagram.com/'
  },
  {
    id: 'x',
    en: 'X (Twitter)',
    ru: 'Твиттер',
    aliases: ['Twitter'],
    category: 'social',
    roles: 'SR',
    domains: ['x.com', 'twitter.com'],
    website: 'https://x.com/'
  },
  {
    id: 'linkedin',
    en: 'LinkedIn',
    category: 'work',
    roles: 'SR',
    playbook: 'social',
    domains: ['linkedin.com'],
    website: 'https://www.linkedin.com/'
  },
  {
    id: 'paypal',
    en: 'PayPal',
    category: 'payments',
    roles: 'SRN',
    domains: ['paypal.com'],
    website: 'https://www.paypal.com/'
  },
  {
    id: 'amazon',
    en: 'Amazon',
    zh: '亚马逊',
    category: 'marketplace',
    roles: 'SRN',
    domains: ['amazon.com'],
    website: 'https://www.amazon.com/'
  },
  {
    id: 'revolut',
    en: 'Revolut',
    category: 'bank',
    roles: 'LSRN',
    domains: ['revolut.com'],
    website: 'https://www.revolut.com/'
  },
  {
    id: 'wise',
    en: 'Wise',
    category: 'payments',
    roles: 'SRN',
    domains: ['wise.com'],
    website: 'https://wise.com/'
  },
  {
    id: 'binance',
    en: 'Binance',
    ru: 'Бинанс',
    zh: '币安',
    category: 'payments',
    roles: 'SRN',
    domains: ['binance.com'],
    website: 'https://www.binance.com/'
  },
  {
    id: 'bybit',
    en: 'Bybit',
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
    id: 'steam',
    en: 'Steam',
    ru: 'Стим',
    category: 'other',
    roles: 'SR',
    domains: ['steampowered.com', 'steamcommunity.com'],
    website: 'https://store.steampowered.com/'
  },
  {
    id: 'booking',
    en: 'Booking.com',
    category: 'transport',
    roles: 'N',
    domains: ['booking.com'],
    website: 'https://www.booking.com/'
  },
  {
    id: 'airbnb',
    en: 'Airbnb',
    category: 'transport',
    roles: 'SRN',
    domains: ['airbnb.com'],
    website: 'https://www.airbnb.com/'
  },
  {
    id: 'uber',
    en: 'Uber',
    category: 'transport',
    roles: 'LSN',
    domains: ['uber.com'],
    website: 'https://www.uber.com/'
  },
  {
    id: 'bolt',
    en: 'Bolt',
    category: 'transport',
    roles: 'LN',
    domains: ['bolt.eu'],
    website: 'https://bolt.eu/'
  },
  {
    id: 'github',
    en: 'GitHub',
    category: 'work',
    roles: 'S',
    domains: ['github.com'],
    website: 'https://github.com/'
  },
  {
    id: 'dropbox',
    en: 'Dropbox',
    category: 'work',
    roles: 'SR',
    domains: ['dropbox.com'],
    website: 'https://www.dropbox.com/'
  },
  {
    id: 'zoom',
    en: 'Zoom',
    category: 'work',
    roles: 'S',
    domains: ['zoom.us'],
    website: 'https://zoom.us/'
  },
  {
    id: 'spotify',
    en: 'Spotify',
    category: 'other',
    roles: 'L',
    domains: ['spotify.com'],
    website: 'https://www.spotify.com/'
  },
  {
    id: 'netflix',
    en: 'Netflix',
    category: 'other',
    roles: 'RN',
    domains: ['netflix.com'],
    website: 'https://www.netflix.com/'
  },
  {
    id: 'tinder',
    en: 'Tinder',
    category: 'social',
    roles: 'LS',
    domains: ['tinder.com'],
    website: 'https://tinder.com/'
  },
  {
    id: 'kaspi',
    en: 'Kaspi.kz',
    ru: 'Каспи',
    category: 'bank',
    roles: 'LSRN',
    domains: ['kaspi.kz'],
    website: 'https://kaspi.kz/'
  },
  {
    id: 'halyk',
    en: 'Halyk Bank',
    ru: 'Халык Банк',
    category: 'bank',
    roles: 'LSRN',
    domains: ['halykbank.kz'],
    website: 'https://halykbank.kz/'
  },
  {
    id: 'freedom-bank',
    en: 'Freedom Bank',
    ru: 'Фридом Банк',
    category: 'bank',
    roles: 'LSRN',
    domains: []
  },
  {
    id: 'tbc-bank',
    en: 'TBC Bank',
    ru: 'ТБС Банк',
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
    id: 'raiffeisen-serbia',
    en: 'Raiffeisen Bank Serbia',
    aliases: ['Raiffeisen banka'],
    category: 'bank',
    roles: 'LSRN',
    domains: []
  }
])
