import { curated } from '../curated-entry'

/** Russian transport, taxi, car sharing and travel booking. */
export const RUSSIAN_TRAVEL = curated('ru', [
  {
    id: 'yandex-go',
    en: 'Yandex Go',
    ru: 'Яндекс Go',
    aliases: ['Яндекс Такси', 'Yandex Taxi', 'Яндекс Гоу'],
    category: 'transport',
    roles: 'LSN',
    domains: ['taxi.yandex.ru', 'go.yandex']
  },
  {
    id: 'rzd',
    en: 'Russian Railways (RZD)',
    ru: 'РЖД',
    aliases: ['Ржд Пассажирам', 'RZD'],
    category: 'transport',
    roles: 'LN',
    domains: ['rzd.ru'],
    website: 'https://www.rzd.ru/'
  },
  {
    id: 'tutu',
    en: 'Tutu.ru',
    ru: 'Туту.ру',
    category: 'transport',
    roles: 'LN',
    domains: ['tutu.ru'],
    website: 'https://www.tutu.ru/'
  },
  {
    id: 'aeroflot',
    en: 'Aeroflot',
    ru: 'Аэрофлот',
    aliases: ['Аэрофлот Бонус'],
    category: 'transport',
    roles: 'LN',
    domains: ['aeroflot.ru'],
    website: 'https://www.aeroflot.ru/'
  },
  {
    id: 's7',
    en: 'S7 Airlines',
    aliases: ['S7', 'Сибирь', 'С7', 'S7 Priority'],
    category: 'transport',
    roles: 'LN',
    domains: ['s7.ru'],
    website: 'https://www.s7.ru/'
  },
  {
    id: 'pobeda',
    en: 'Pobeda',
    ru: 'Победа',
    category: 'transport',
    roles: 'LN',
    domains: ['pobeda.aero'],
    website: 'https://www.pobeda.aero/'
  },
  {
    id: 'ural-airlines',
    en: 'Ural Airlines',
    ru: 'Уральские авиалинии',
    category: 'transport',
    roles: 'LN',
    domains: ['uralairlines.ru'],
    website: 'https://www.uralairlines.ru/'
  },
  {
    id: 'utair',
    en: 'Utair',
    ru: 'Ютэйр',
    category: 'transport',
    roles: 'LN',
    domains: ['utair.ru'],
    website: 'https://www.utair.ru/'
  },
  {
    id: 'aviasales',
    en: 'Aviasales',
    aliases: ['Авиасейлс'],
    category: 'transport',
    roles: 'N',
    domains: ['aviasales.ru'],
    website: 'https://www.aviasales.ru/'
  },
  {
    id: 'ostrovok',
    en: 'Ostrovok',
    ru: 'Островок',
    aliases: ['Ostrovok.ru'],
    category: 'transport',
    roles: 'LN',
    domains: ['ostrovok.ru'],
    website: 'https://ostrovok.ru/'
  },
  {
    id: 'yandex-travel',
    en: 'Yandex Travel',
    ru: 'Яндекс Путешествия',
    category: 'transport',
    roles: 'N',
    domains: ['travel.yandex.ru'],
    website: 'https://travel.yandex.ru/'
  },
  {
    id: 'delimobil',
    en: 'Delimobil',
    ru: 'Делимобиль',
    category: 'transport',
    roles: 'LSN',
    domains: ['delimobil.ru'],
    website: 'https://delimobil.ru/'
  }
])
