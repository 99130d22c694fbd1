import { curated } from '../curated-entry'

/** Russian streaming, books and music: most sign in with a phone number. */
export const RUSSIAN_MEDIA = curated('ru', [
  {
    id: 'kinopoisk',
    en: 'Kinopoisk',
    ru: 'Кинопоиск',
    category: 'other',
    roles: 'LN',
    domains: ['kinopoisk.ru'],
    website: 'https://www.kinopoisk.ru/'
  },
  {
    id: 'yandex-music',
    en: 'Yandex Music',
    ru: 'Яндекс Музыка',
    category: 'other',
    roles: 'L',
    domains: ['music.yandex.ru'],
    website: 'https://music.yandex.ru/'
  },
  {
    id: 'ivi',
    en: 'Ivi',
    ru: 'Иви',
    aliases: ['ivi.ru'],
    category: 'other',
    roles: 'LN',
    domains: ['ivi.ru'],
    website: 'https://www.ivi.ru/'
  },
  {
    id: 'okko',
    en: 'Okko',
    aliases: ['Окко'],
    category: 'other',
    roles: 'LSN',
    domains: ['okko.tv'],
    website: 'https://okko.tv/'
  },
  {
    id: 'wink',
    en: 'Wink',
    aliases: ['Винк'],
    category: 'other',
    roles: 'LSN',
    domains: ['wink.ru'],
    website: 'https://wink.ru/'
  },
  {
    id: 'start',
    en: 'Start',
    aliases: ['Старт', 'START'],
    category: 'other',
    roles: 'LN',
    domains: ['start.ru'],
    website: 'https://start.ru/'
  },
  {
    id: 'premier',
    en: 'Premier',
    aliases: ['Премьер', 'PREMIER'],
    category: 'other',
    roles: 'LN',
    domains: ['premier.one'],
    website: 'https://premier.one/'
  },
  {
    id: 'kion',
    en: 'KION',
    aliases: ['Кион'],
    category: 'other',
    roles: 'LSN',
    domains: ['kion.ru'],
    website: 'https://kion.ru/'
  },
  {
    id: 'litres',
    en: 'Litres',
    ru: 'Литрес',
    aliases: ['ЛитРес', 'LitRes'],
    category: 'other',
    roles: 'LN',
    domains: ['litres.ru'],
    website: 'https://www.litres.ru/'
  },
  {
    id: 'zvuk',
    en: 'Zvuk',
    ru: 'Звук',
    aliases: ['СберЗвук'],
    category: 'other',
    roles: 'LN',
    domains: ['zvuk.com'],
    website: 'https://zvuk.com/'
  },
  {
    id: 'rutube',
    en: 'Rutube',
    aliases: ['Рутуб', 'RUTUBE'],
    category: 'social',
    roles: 'LN',
    domains: ['rutube.ru'],
    website: 'https://rutube.ru/'
  }
])
