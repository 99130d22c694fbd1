import { curated } from '../curated-entry'

export const RUSSIAN_SERVICES = curated('ru', [
  {
    id: 'gosuslugi',
    en: 'Gosuslugi',
    ru: 'Госуслуги',
    aliases: ['ЕСИА'],
    category: 'government',
    roles: 'LSRN',
    domains: ['gosuslugi.ru'],
    website: 'https://www.gosuslugi.ru/'
  },
  {
    id: 'nalog',
    en: 'Federal Tax Service (taxpayer account)',
    ru: 'ФНС',
    aliases: ['Налог.ру', 'Личный кабинет налогоплательщика'],
    category: 'government',
    roles: 'LRN',
    domains: ['nalog.gov.ru', 'nalog.ru'],
    website: 'https://www.nalog.gov.ru/'
  },
  {
    id: 'mos-ru',
    en: 'mos.ru',
    ru: 'Мос.ру',
    aliases: ['Портал мэра Москвы'],
    category: 'government',
    roles: 'LSRN',
    domains: ['mos.ru'],
    website: 'https://www.mos.ru/'
  },
  {
    id: 'sfr',
    en: 'Social Fund of Russia (SFR)',
    ru: 'СФР',
    aliases: ['Социальный фонд', 'Пенсионный фонд'],
    category: 'government',
    roles: 'LN',
    domains: ['sfr.gov.ru'],
    website: 'https://sfr.gov.ru/'
  },
  {
    id: 'vk',
    en: 'VK',
    ru: 'ВКонтакте',
    aliases: ['VK ID'],
    category: 'social',
    roles: 'LSR',
    domains: ['vk.com', 'vk.ru'],
    website: 'https://vk.com/'
  },
  {
    id: 'ok-ru',
    en: 'Odnoklassniki',
    ru: 'Одноклассники',
    aliases: ['OK'],
    category: 'social',
    roles: 'LSR',
    domains: ['ok.ru'],
    website: 'https://ok.ru/'
  },
  {
    id: 'yandex-id',
    en: 'Yandex ID',
    ru: 'Яндекс ID',
    aliases: ['Яндекс', 'Яндекс Почта'],
    category: 'email',
    roles: 'LSRN',
    domains: ['yandex.ru', 'ya.ru'],
    website: 'https://id.yandex.ru/'
  },
  {
    id: 'mail-ru',
    en: 'Mail.ru',
    ru: 'Почта Mail.ru',
    aliases: ['Мейл.ру'],
    category: 'email',
    roles: 'LSR',
    domains: ['mail.ru'],
    website: 'https://mail.ru/'
  },
  {
    id: 'ozon',
    en: 'Ozon',
    ru: 'Озон',
    category: 'marketplace',
    roles: 'LN',
    domains: ['ozon.ru'],
    website: 'https://www.ozon.ru/'
  },
  {
    id: 'wildberries',
    en: 'Wildberries',
    ru: 'Вайлдберриз',
    aliases: ['WB'],
    category: 'marketplace',
    roles: 'LN',
    domains: ['wildberries.ru', 'wb.ru'],
    website: 'https://www.wildberries.ru/'
  },
  {
    id: 'avito',
    en: 'Avito',
    ru: 'Авито',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['avito.ru'],
    website: 'https://www.avito.ru/'
  },
  {
    id: 'yandex-market',
    en: 'Yandex Market',
    ru: 'Яндекс Маркет',
    category: 'marketplace',
    roles: 'LN',
    domains: ['market.yandex.ru'],
    website: 'https://market.yandex.ru/'
  },
  {
    id: 'kuper',
    en: 'Kuper (SberMarket)',
    ru: 'Купер',
    aliases: ['СберМаркет'],
    category: 'marketplace',
    roles: 'LN',
    domains: ['kuper.ru', 'sbermarket.ru']
  },
  {
    id: 'yandex-go',
    en: 'Yandex Go',
    ru: 'Яндекс Go',
    aliases: ['Яндекс Такси'],
    category: 'transport',
    roles: 'LN',
    domains: []
  },
  {
    id: 'rzd',
    en: 'Russian Railways (RZD)',
    ru: 'РЖД',
    aliases: ['Ржд Пассажирам'],
    category: 'transport',
    roles: 'LN',
    domains: ['rzd.ru'],
    website: 'https://www.rzd.ru/'
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
    id: 'tutu',
    en: 'Tutu.ru',
    ru: 'Туту.ру',
    category: 'transport',
    roles: 'LN',
    domains: ['tutu.ru'],
    website: 'https://www.tutu.ru/'
  },
  {
    id: 'hh-ru',
    en: 'HeadHunter (hh.ru)',
    ru: 'ХэдХантер',
    aliases: ['hh'],
    category: 'work',
    roles: 'LN',
    domains: ['hh.ru'],
    website: 'https://hh.ru/'
  },
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
    id: '2gis',
    en: '2GIS',
    ru: '2ГИС',
    category: 'other',
    roles: 'L',
    domains: ['2gis.ru'],
    website: 'https://2gis.ru/'
  },
  {
    id: 'mts',
    en: 'MTS (personal account)',
    ru: 'МТС',
    aliases: ['Мой МТС'],
    category: 'telecom',
    roles: 'LSN',
    domains: ['mts.ru'],
    website: 'https://mts.ru/'
  },
  {
    id: 'beeline',
    en: 'Beeline (personal account)',
    ru: 'Билайн',
    aliases: ['Мой Билайн'],
    category: 'telecom',
    roles: 'LSN',
    domains: ['beeline.ru'],
    website: 'https://beeline.ru/'
  },
  {
    id: 'megafon',
    en: 'MegaFon (personal account)',
    ru: 'МегаФон',
    category: 'telecom',
    roles: 'LSN',
    domains: ['megafon.ru'],
    website: 'https://megafon.ru/'
  },
  {
    id: 't2',
    en: 'T2 (Tele2, personal account)',
    ru: 'Т2',
    aliases: ['Теле2', 'Tele2'],
    category: 'telecom',
    roles: 'LSN',
    domains: ['t2.ru', 'tele2.ru']
  },
  {
    id: 'yota',
    en: 'Yota (personal account)',
    ru: 'Йота',
    category: 'telecom',
    roles: 'LSN',
    domains: ['yota.ru'],
    website: 'https://www.yota.ru/'
  },
  {
    id: 'rostelecom',
    en: 'Rostelecom',
    ru: 'Ростелеком',
    category: 'telecom',
    roles: 'LN',
    domains: ['rt.ru'],
    website: 'https://www.rt.ru/'
  },
  {
    id: 'mosenergosbyt',
    en: 'Mosenergosbyt',
    ru: 'Мосэнергосбыт',
    category: 'utilities',
    roles: 'LN',
    domains: ['mosenergosbyt.ru'],
    website: 'https://www.mosenergosbyt.ru/'
  }
])
