import { entry, type CatalogEntry } from './entry'

export const INTERNATIONAL: CatalogEntry[] = [
  entry('google', 'Google Account', 'email', 'SRN', 'email', {
    aliases: ['Gmail', 'Гугл', '谷歌'],
    url: 'https://myaccount.google.com/',
    domains: ['google.com', 'gmail.com']
  }),
  entry('apple-account', 'Apple Account', 'email', 'SR', 'email', {
    aliases: ['Apple ID', 'iCloud', 'Эпл'],
    url: 'https://account.apple.com/',
    domains: ['apple.com', 'icloud.com']
  }),
  entry('microsoft', 'Microsoft Account', 'email', 'SR', 'email', {
    aliases: ['Outlook', 'Hotmail', 'Xbox'],
    url: 'https://account.microsoft.com/',
    domains: ['microsoft.com', 'live.com', 'outlook.com']
  }),
  entry('facebook', 'Facebook', 'social', 'LSR', 'social', {
    aliases: ['Фейсбук', 'Meta'],
    url: 'https://www.facebook.com/',
    domains: ['facebook.com']
  }),
  entry('instagram', 'Instagram', 'social', 'LSR', 'social', {
    aliases: ['Инстаграм'],
    url: 'https://www.instagram.com/',
    domains: ['instagram.com']
  }),
  entry('x', 'X (Twitter)', 'social', 'SR', 'social', {
    aliases: ['Twitter', 'Твиттер'],
    url: 'https://x.com/',
    domains: ['x.com', 'twitter.com']
  }),
  entry('linkedin', 'LinkedIn', 'work', 'SR', 'social', {
    url: 'https://www.linkedin.com/',
    domains: ['linkedin.com']
  }),
  entry('paypal', 'PayPal', 'payments', 'SRN', 'payments', {
    url: 'https://www.paypal.com/',
    domains: ['paypal.com']
  }),
  entry('amazon', 'Amazon', 'marketplace', 'SRN', 'marketplace', {
    aliases: ['亚马逊'],
    url: 'https://www.amazon.com/',
    domains: ['amazon.com']
  }),
  entry('revolut', 'Revolut', 'bank', 'LSRN', 'bank', {
    url: 'https://www.revolut.com/',
    domains: ['revolut.com']
  }),
  entry('wise', 'Wise', 'payments', 'SRN', 'payments', {
    url: 'https://wise.com/',
    domains: ['wise.com']
  }),
  entry('binance', 'Binance', 'payments', 'SRN', 'payments', {
    aliases: ['币安', 'Бинанс'],
    url: 'https://www.binance.com/',
    domains: ['binance.com']
  }),
  entry('bybit', 'Bybit', 'payments', 'SRN', 'payments', {
    url: 'https://www.bybit.com/',
    domains: ['bybit.com']
  }),
  entry('coinbase', 'Coinbase', 'payments', 'SRN', 'payments', {
    url: 'https://www.coinbase.com/',
    domains: ['coinbase.com']
  }),
  entry('steam', 'Steam', 'other', 'SR', 'generic', {
    aliases: ['Стим'],
    url: 'https://store.steampowered.com/',
    domains: ['steampowered.com', 'steamcommunity.com']
  }),
  entry('booking', 'Booking.com', 'transport', 'N', 'generic', {
    url: 'https://www.booking.com/',
    domains: ['booking.com']
  }),
  entry('airbnb', 'Airbnb', 'transport', 'SRN', 'generic', {
    url: 'https://www.airbnb.com/',
    domains: ['airbnb.com']
  }),
  entry('uber', 'Uber', 'transport', 'LSN', 'generic', {
    url: 'https://www.uber.com/',
    domains: ['uber.com']
  }),
  entry('bolt', 'Bolt', 'transport', 'LN', 'generic', {
    url: 'https://bolt.eu/',
    domains: ['bolt.eu']
  }),
  entry('github', 'GitHub', 'work', 'S', 'generic', {
    url: 'https://github.com/',
    domains: ['github.com']
  }),
  entry('dropbox', 'Dropbox', 'work', 'SR', 'generic', {
    url: 'https://www.dropbox.com/',
    domains: ['dropbox.com']
  }),
  entry('zoom', 'Zoom', 'work', 'S', 'generic', { url: 'https://zoom.us/', domains: ['zoom.us'] }),
  entry('spotify', 'Spotify', 'other', 'L', 'generic', {
    url: 'https://www.spotify.com/',
    domains: ['spotify.com']
  }),
  entry('netflix', 'Netflix', 'other', 'RN', 'generic', {
    url: 'https://www.netflix.com/',
    domains: ['netflix.com']
  }),
  entry('tinder', 'Tinder', 'social', 'LS', 'social', {
    url: 'https://tinder.com/',
    domains: ['tinder.com']
  }),
  entry('kaspi', 'Kaspi.kz', 'bank', 'LSRN', 'bank', {
    aliases: ['Каспи'],
    url: 'https://kaspi.kz/',
    domains: ['kaspi.kz']
  }),
  entry('halyk', 'Halyk Bank', 'bank', 'LSRN', 'bank', {
    aliases: ['Халык Банк'],
    url: 'https://halykbank.kz/',
    domains: ['halykbank.kz']
  }),
  entry('freedom-bank', 'Freedom Bank', 'bank', 'LSRN', 'bank', { aliases: ['Фридом Банк'] }),
  entry('tbc-bank', 'TBC Bank', 'bank', 'LSRN', 'bank', {
    aliases: ['ТБС Банк'],
    url: 'https://www.tbcbank.ge/',
    domains: ['tbcbank.ge']
  }),
  entry('bank-of-georgia', 'Bank of Georgia', 'bank', 'LSRN', 'bank', {
    aliases: ['Банк Грузии'],
    url: 'https://bankofgeorgia.ge/',
    domains: ['bankofgeorgia.ge']
  }),
  entry('ameriabank', 'Ameriabank', 'bank', 'LSRN', 'bank', {
    aliases: ['Америабанк'],
    url: 'https://ameriabank.am/',
    domains: ['ameriabank.am']
  }),
  entry('raiffeisen-serbia', 'Raiffeisen Bank Serbia', 'bank', 'LSRN', 'bank', {
    aliases: ['Raiffeisen banka']
  })
]
