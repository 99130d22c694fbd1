import { curated } from '../curated-entry'

/** Messengers: the number is the account, so all of them register by it. */
export const MESSENGERS = curated(null, [
  {
    id: 'telegram',
    en: 'Telegram',
    ru: 'Телеграм',
    zh: '电报',
    aliases: ['Телеграмм', 'TG'],
    category: 'messenger',
    roles: 'LSR',
    domains: ['telegram.org', 't.me', 'telegram.me'],
    website: 'https://telegram.org/'
  },
  {
    id: 'whatsapp',
    en: 'WhatsApp',
    aliases: ['Ватсап', 'Вотсап', 'Вацап'],
    category: 'messenger',
    roles: 'LS',
    domains: ['whatsapp.com'],
    website: 'https://www.whatsapp.com/'
  },
  {
    id: 'viber',
    en: 'Viber',
    aliases: ['Вайбер'],
    category: 'messenger',
    roles: 'LS',
    domains: ['viber.com'],
    website: 'https://www.viber.com/'
  },
  {
    id: 'signal',
    en: 'Signal',
    aliases: ['Сигнал'],
    category: 'messenger',
    roles: 'LS',
    domains: ['signal.org'],
    website: 'https://signal.org/'
  },
  {
    id: 'discord',
    en: 'Discord',
    aliases: ['Дискорд'],
    category: 'messenger',
    roles: 'SR',
    playbook: 'social',
    domains: ['discord.com', 'discordapp.com'],
    website: 'https://discord.com/'
  },
  {
    id: 'line',
    en: 'LINE',
    category: 'messenger',
    roles: 'LS',
    domains: ['line.me'],
    website: 'https://line.me/'
  },
  {
    id: 'max',
    en: 'MAX messenger',
    aliases: ['MAX', 'Макс', 'VK Max', 'мессенджер Макс'],
    category: 'messenger',
    roles: 'LS',
    regions: ['ru', 'by'],
    domains: ['max.ru'],
    website: 'https://max.ru/',
    facts: [
      {
        kind: 'domesticNumbersOnly',
        source: 'https://news.mail.ru/society/67800888/',
        tag: 'news',
        date: '2025-09-09'
      }
    ]
  }
])
