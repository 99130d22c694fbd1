import { curated } from '../curated-entry'

/** Worldwide accounts: mail, social networks, devices, games and work tools. */
export const INTERNATIONAL = curated(null, [
  {
    id: 'google',
    en: 'Google Account',
    zh: '谷歌',
    aliases: ['Google', 'Gmail', 'YouTube', 'Гугл', 'Ютуб', 'Джимейл'],
    category: 'email',
    roles: 'SRN',
    domains: ['google.com', 'gmail.com', 'youtube.com'],
    website: 'https://myaccount.google.com/'
  },
  {
    id: 'apple-account',
    en: 'Apple Account',
    zh: '苹果',
    aliases: ['Apple ID', 'iCloud', 'Apple', 'Эпл', 'Эппл', 'Apple 账户'],
    category: 'email',
    roles: 'SR',
    domains: ['apple.com', 'icloud.com', 'appleid.apple.com'],
    website: 'https://account.apple.com/',
    phoneSettings: 'https://account.apple.com/'
  },
  {
    id: 'microsoft',
    en: 'Microsoft Account',
    zh: '微软',
    aliases: ['Microsoft', 'Outlook', 'Hotmail', 'Xbox', 'Skype', 'Майкрософт'],
    category: 'email',
    roles: 'SR',
    domains: ['microsoft.com', 'live.com', 'outlook.com', 'hotmail.com', 'xbox.com', 'skype.com'],
    website: 'https://account.microsoft.com/'
  },
  {
    id: 'facebook',
    en: 'Facebook',
    ru: 'Фейсбук',
    zh: '脸书',
    aliases: ['Meta', 'Messenger', 'Фэйсбук'],
    category: 'social',
    roles: 'LSR',
    domains: ['facebook.com', 'meta.com', 'messenger.com'],
    website: 'https://www.facebook.com/'
  },
  {
    id: 'instagram',
    en: 'Instagram',
    ru: 'Инстаграм',
    aliases: ['Threads', 'Инста'],
    category: 'social',
    roles: 'LSR',
    domains: ['instagram.com'],
    website: 'https://www.instagram.com/'
  },
  {
    id: 'x',
    en: 'X (Twitter)',
    ru: 'Твиттер',
    zh: '推特',
    aliases: ['Twitter', 'Икс'],
    category: 'social',
    roles: 'SR',
    domains: ['x.com', 'twitter.com'],
    website: 'https://x.com/'
  },
  {
    id: 'linkedin',
    en: 'LinkedIn',
    zh: '领英',
    aliases: ['Линкедин'],
    category: 'work',
    roles: 'SR',
    playbook: 'social',
    domains: ['linkedin.com'],
    website: 'https://www.linkedin.com/'
  },
  {
    id: 'tiktok',
    en: 'TikTok',
    aliases: ['Тикток', 'ТикТок'],
    category: 'social',
    roles: 'LSR',
    domains: ['tiktok.com'],
    website: 'https://www.tiktok.com/'
  },
  {
    id: 'tinder',
    en: 'Tinder',
    aliases: ['Тиндер'],
    category: 'social',
    roles: 'LS',
    domains: ['tinder.com'],
    website: 'https://tinder.com/'
  },
  {
    id: 'yahoo',
    en: 'Yahoo',
    zh: '雅虎',
    aliases: ['Yahoo Mail'],
    category: 'email',
    roles: 'SR',
    domains: ['yahoo.com'],
    website: 'https://www.yahoo.com/'
  },
  {
    id: 'samsung-account',
    en: 'Samsung Account',
    zh: '三星',
    aliases: ['Samsung', 'Самсунг'],
    category: 'other',
    roles: 'SR',
    domains: ['samsung.com'],
    website: 'https://www.samsung.com/'
  },
  {
    id: 'playstation',
    en: 'PlayStation Network (Sony account)',
    aliases: ['PSN', 'Sony', 'PlayStation'],
    category: 'other',
    roles: 'SR',
    domains: ['playstation.com'],
    website: 'https://www.playstation.com/'
  },
  {
    id: 'steam',
    en: 'Steam',
    aliases: ['Стим', 'Steam Guard'],
    category: 'other',
    roles: 'R',
    domains: ['store.steampowered.com', 'steampowered.com', 'steamcommunity.com'],
    website: 'https://store.steampowered.com/',
    smsOrCall: false,
    facts: [
      {
        kind: 'phoneIsFallback',
        source:
          'https://github.com/2factorauth/twofactorauth/blob/master/entries/s/store.steampowered.com.json',
        tag: 'official'
      }
    ]
  },
  {
    id: 'spotify',
    en: 'Spotify',
    aliases: ['Спотифай'],
    category: 'other',
    roles: 'L',
    domains: ['spotify.com'],
    website: 'https://www.spotify.com/'
  },
  {
    id: 'netflix',
    en: 'Netflix',
    zh: '网飞',
    aliases: ['Нетфликс'],
    category: 'other',
    roles: 'RN',
    domains: ['netflix.com'],
    website: 'https://www.netflix.com/'
  },
  {
    id: 'github',
    en: 'GitHub',
    aliases: ['Гитхаб'],
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
    aliases: ['Зум'],
    category: 'work',
    roles: 'S',
    domains: ['zoom.us'],
    website: 'https://zoom.us/'
  }
])
