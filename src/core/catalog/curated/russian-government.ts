import { curated } from '../curated-entry'

/** Russian state portals: most log in through Gosuslugi, whose number is the key. */
export const RUSSIAN_GOVERNMENT = curated('ru', [
  {
    id: 'gosuslugi',
    en: 'Gosuslugi',
    ru: 'Госуслуги',
    aliases: ['ЕСИА', 'ESIA', 'Gosuslugi.ru', 'Госуслуги.ру'],
    category: 'government',
    roles: 'LSRN',
    domains: ['gosuslugi.ru'],
    website: 'https://www.gosuslugi.ru/'
  },
  {
    id: 'nalog',
    en: 'Federal Tax Service (taxpayer account)',
    ru: 'ФНС',
    aliases: ['Налог.ру', 'Личный кабинет налогоплательщика', 'Nalog.ru', 'FNS'],
    category: 'government',
    roles: 'LRN',
    domains: ['nalog.gov.ru', 'nalog.ru'],
    website: 'https://www.nalog.gov.ru/'
  },
  {
    id: 'mos-ru',
    en: 'mos.ru',
    ru: 'Мос.ру',
    aliases: ['Портал мэра Москвы', 'Госуслуги Москвы'],
    category: 'government',
    roles: 'LSRN',
    domains: ['mos.ru'],
    website: 'https://www.mos.ru/'
  },
  {
    id: 'sfr',
    en: 'Social Fund of Russia (SFR)',
    ru: 'Социальный фонд России',
    aliases: ['СФР', 'Социальный фонд', 'Пенсионный фонд', 'ПФР', 'Соцфонд'],
    category: 'government',
    roles: 'LN',
    domains: ['sfr.gov.ru'],
    website: 'https://sfr.gov.ru/'
  },
  {
    id: 'emias',
    en: 'EMIAS (Moscow medical appointments)',
    ru: 'ЕМИАС',
    aliases: ['EMIAS', 'ЕМИАС.ИНФО'],
    category: 'government',
    roles: 'N',
    domains: ['emias.info'],
    website: 'https://emias.info/'
  }
])
