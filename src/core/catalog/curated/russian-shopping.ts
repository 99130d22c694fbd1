import { curated } from '../curated-entry'

/** Russian marketplaces, shops and classifieds: most log in with an SMS code. */
export const RUSSIAN_SHOPPING = curated('ru', [
  {
    id: 'ozon',
    en: 'Ozon',
    ru: 'Озон',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['ozon.ru'],
    website: 'https://www.ozon.ru/'
  },
  {
    id: 'wildberries',
    en: 'Wildberries',
    ru: 'Вайлдберриз',
    aliases: ['WB', 'ВБ', 'Вайлдбериз'],
    category: 'marketplace',
    roles: 'LSN',
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
    roles: 'LSN',
    domains: ['market.yandex.ru'],
    website: 'https://market.yandex.ru/'
  },
  {
    id: 'megamarket',
    en: 'Megamarket',
    ru: 'Мегамаркет',
    aliases: ['СберМегаМаркет', 'Goods.ru'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['megamarket.ru'],
    website: 'https://megamarket.ru/'
  },
  {
    id: 'lamoda',
    en: 'Lamoda',
    ru: 'Ламода',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['lamoda.ru'],
    website: 'https://www.lamoda.ru/'
  },
  {
    id: 'youla',
    en: 'Youla',
    ru: 'Юла',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['youla.ru'],
    website: 'https://youla.ru/'
  },
  {
    id: 'dns-shop',
    en: 'DNS',
    aliases: ['ДНС', 'DNS-Shop'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['dns-shop.ru'],
    website: 'https://www.dns-shop.ru/'
  },
  {
    id: 'citilink',
    en: 'Citilink',
    ru: 'Ситилинк',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['citilink.ru'],
    website: 'https://www.citilink.ru/'
  },
  {
    id: 'mvideo',
    en: 'M.Video',
    ru: 'М.Видео',
    aliases: ['Мвидео'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['mvideo.ru'],
    website: 'https://www.mvideo.ru/'
  },
  {
    id: 'eldorado',
    en: 'Eldorado',
    ru: 'Эльдорадо',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['eldorado.ru'],
    website: 'https://www.eldorado.ru/'
  },
  {
    id: 'sportmaster',
    en: 'Sportmaster',
    ru: 'Спортмастер',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['sportmaster.ru'],
    website: 'https://www.sportmaster.ru/'
  },
  {
    id: 'detmir',
    en: 'Detsky Mir',
    ru: 'Детский мир',
    aliases: ['Детмир'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['detmir.ru'],
    website: 'https://www.detmir.ru/'
  },
  {
    id: 'goldapple',
    en: 'Gold Apple',
    ru: 'Золотое яблоко',
    aliases: ['Golden Apple', 'Goldapple'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['goldapple.ru'],
    website: 'https://goldapple.ru/'
  },
  {
    id: 'letual',
    en: "L'Etoile",
    ru: "Л'Этуаль",
    aliases: ['Летуаль', 'Л’Этуаль', 'Letu'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['letu.ru'],
    website: 'https://www.letu.ru/'
  },
  {
    id: 'lemana-pro',
    en: 'Lemana PRO (Leroy Merlin)',
    ru: 'Лемана ПРО',
    aliases: ['Леруа Мерлен', 'Leroy Merlin'],
    category: 'marketplace',
    roles: 'LN',
    domains: ['lemanapro.ru', 'leroymerlin.ru'],
    website: 'https://lemanapro.ru/'
  },
  {
    id: 'drom',
    en: 'Drom.ru',
    ru: 'Дром',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['drom.ru'],
    website: 'https://www.drom.ru/'
  },
  {
    id: 'auto-ru',
    en: 'Auto.ru',
    ru: 'Авто.ру',
    category: 'marketplace',
    roles: 'LN',
    domains: ['auto.ru'],
    website: 'https://auto.ru/'
  },
  {
    id: 'cian',
    en: 'Cian',
    ru: 'Циан',
    aliases: ['ЦИАН', 'CIAN'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['cian.ru'],
    website: 'https://www.cian.ru/'
  },
  {
    id: 'domclick',
    en: 'Domclick',
    ru: 'Домклик',
    aliases: ['ДомКлик'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['domclick.ru'],
    website: 'https://domclick.ru/'
  },
  {
    id: 'profi-ru',
    en: 'Profi.ru',
    ru: 'Профи.ру',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['profi.ru'],
    website: 'https://profi.ru/'
  }
])
