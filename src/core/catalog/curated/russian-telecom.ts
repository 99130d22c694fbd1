import { curated } from '../curated-entry'

/** Russian carriers' own accounts and home utilities. */
export const RUSSIAN_TELECOM = curated('ru', [
  {
    id: 'mts',
    en: 'MTS (personal account)',
    ru: 'МТС',
    aliases: ['Мой МТС', 'MTS ID'],
    category: 'telecom',
    roles: 'LSN',
    domains: ['mts.ru'],
    website: 'https://mts.ru/'
  },
  {
    id: 'beeline',
    en: 'Beeline (personal account)',
    ru: 'Билайн',
    aliases: ['Мой Билайн', 'Beeline'],
    category: 'telecom',
    roles: 'LSN',
    domains: ['beeline.ru'],
    website: 'https://beeline.ru/'
  },
  {
    id: 'megafon',
    en: 'MegaFon (personal account)',
    ru: 'МегаФон',
    aliases: ['Megafon'],
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
    domains: ['t2.ru', 'tele2.ru'],
    website: 'https://t2.ru/'
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
    id: 'sbermobile',
    en: 'SberMobile',
    ru: 'СберМобайл',
    category: 'telecom',
    roles: 'LSN',
    domains: ['sbermobile.ru'],
    website: 'https://sbermobile.ru/'
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
    id: 'mgts',
    en: 'MGTS',
    ru: 'МГТС',
    category: 'telecom',
    roles: 'LN',
    domains: ['mgts.ru'],
    website: 'https://mgts.ru/'
  },
  {
    id: 'dom-ru',
    en: 'Dom.ru',
    ru: 'Дом.ру',
    aliases: ['ЭР-Телеком'],
    category: 'telecom',
    roles: 'LN',
    domains: ['dom.ru'],
    website: 'https://dom.ru/'
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
