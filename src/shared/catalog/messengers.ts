import { entry, type CatalogEntry } from './entry'

export const MESSENGERS: CatalogEntry[] = [
  entry('telegram', 'Telegram', 'messenger', 'LSR', 'messenger', {
    aliases: ['Телеграм', '电报'],
    url: 'https://telegram.org/',
    domains: ['telegram.org', 't.me']
  }),
  entry('whatsapp', 'WhatsApp', 'messenger', 'LS', 'messenger', {
    aliases: ['Ватсап', 'Вотсап'],
    url: 'https://www.whatsapp.com/',
    domains: ['whatsapp.com']
  }),
  entry('viber', 'Viber', 'messenger', 'LS', 'messenger', {
    aliases: ['Вайбер'],
    url: 'https://www.viber.com/',
    domains: ['viber.com']
  }),
  entry('signal', 'Signal', 'messenger', 'LS', 'messenger', {
    url: 'https://signal.org/',
    domains: ['signal.org']
  }),
  entry('discord', 'Discord', 'messenger', 'SR', 'social', {
    url: 'https://discord.com/',
    domains: ['discord.com']
  }),
  entry('line', 'LINE', 'messenger', 'LS', 'messenger', { domains: ['line.me'] }),
  entry('max', 'MAX messenger', 'messenger', 'LS', 'messenger', { aliases: ['Макс', 'VK Max'] })
]
