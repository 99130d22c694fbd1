import { curated } from '../curated-entry'

export const MESSENGERS = curated(null, [
  {
    id: 'telegram',
    en: 'Telegram',
    ru: 'Телеграм',
    zh: '电报',
    category: 'messenger',
    roles: 'LSR',
    domains: ['telegram.org', 't.me'],
    website: 'https://telegram.org/'
  },
  {
    id: 'whatsapp',
    en: 'WhatsApp',
    ru: 'Ватсап',
    aliases: ['Вотсап'],
    category: 'messenger',
    roles: 'LS',
    domains: ['whatsapp.com'],
    website: 'https://www.whatsapp.com/'
  },
  {
    id: 'viber',
    en: 'Viber',
    ru: 'Вайбер',
    category: 'messenger',
    roles: 'LS',
    domains: ['viber.com'],
    website: 'https://www.viber.com/'
  },
  {
    id: 'signal',
    en: 'Signal',
    category: 'messenger',
    roles: 'LS',
    domains: ['signal.org'],
    website: 'https://signal.org/'
  },
  {
    id: 'discord',
    en: 'Discord',
    category: 'messenger',
    roles: 'SR',
    playbook: 'social',
    domains: ['discord.com'],
    website: 'https://discord.com/'
  },
  { id: 'line', en: 'LINE', category: 'messenger', roles: 'LS', domains: ['line.me'] },
  {
    id: 'max',
    en: 'MAX messenger',
    ru: 'Макс',
    aliases: ['VK Max'],
    category: 'messenger',
    roles: 'LS',
    domains: []
  }
])
