import { curated } from '../curated-entry'

/** Russian grocery, food delivery, pharmacies and parcel services. */
export const RUSSIAN_FOOD_AND_DELIVERY = curated('ru', [
  {
    id: 'kuper',
    en: 'Kuper (SberMarket)',
    ru: 'Купер',
    aliases: ['СберМаркет', 'SberMarket'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['kuper.ru', 'sbermarket.ru'],
    website: 'https://kuper.ru/'
  },
  {
    id: 'yandex-lavka',
    en: 'Yandex Lavka',
    ru: 'Яндекс Лавка',
    category: 'marketplace',
    roles: 'LN',
    domains: ['lavka.yandex.ru'],
    website: 'https://lavka.yandex.ru/'
  },
  {
    id: 'yandex-eda',
    en: 'Yandex Eats',
    ru: 'Яндекс Еда',
    aliases: ['Yandex Eda'],
    category: 'marketplace',
    roles: 'LN',
    domains: ['eda.yandex.ru'],
    website: 'https://eda.yandex.ru/'
  },
  {
    id: 'samokat',
    en: 'Samokat',
    ru: 'Самокат',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['samokat.ru'],
    website: 'https://samokat.ru/'
  },
  {
    id: 'vkusvill',
    en: 'VkusVill',
    ru: 'ВкусВилл',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['vkusvill.ru'],
    website: 'https://vkusvill.ru/'
  },
  {
    id: 'perekrestok',
    en: 'Perekrestok',
    ru: 'Перекрёсток',
    aliases: ['Перекресток', 'X5 Клуб'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['perekrestok.ru'],
    website: 'https://www.perekrestok.ru/'
  },
  {
    id: 'pyaterochka',
    en: 'Pyaterochka',
    ru: 'Пятёрочка',
    aliases: ['Пятерочка', '5ka'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['5ka.ru'],
    website: 'https://5ka.ru/'
  },
  {
    id: 'magnit',
    en: 'Magnit',
    ru: 'Магнит',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['magnit.ru'],
    website: 'https://magnit.ru/'
  },
  {
    id: 'lenta',
    en: 'Lenta',
    ru: 'Лента',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['lenta.com'],
    website: 'https://lenta.com/'
  },
  {
    id: 'auchan',
    en: 'Auchan',
    ru: 'Ашан',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['auchan.ru'],
    website: 'https://www.auchan.ru/'
  },
  {
    id: 'dodo-pizza',
    en: 'Dodo Pizza',
    ru: 'Додо Пицца',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['dodopizza.ru'],
    website: 'https://dodopizza.ru/'
  },
  {
    id: 'vkusno-i-tochka',
    en: 'Vkusno i tochka',
    ru: 'Вкусно — и точка',
    aliases: ['Вкусно и точка'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['vkusnoitochka.ru'],
    website: 'https://vkusnoitochka.ru/'
  },
  {
    id: 'apteka-ru',
    en: 'Apteka.ru',
    ru: 'Аптека.ру',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['apteka.ru'],
    website: 'https://apteka.ru/'
  },
  {
    id: 'zdravcity',
    en: 'Zdravcity',
    ru: 'Здравсити',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['zdravcity.ru'],
    website: 'https://zdravcity.ru/'
  },
  {
    id: 'invitro',
    en: 'Invitro',
    ru: 'Инвитро',
    category: 'other',
    roles: 'LN',
    domains: ['invitro.ru'],
    website: 'https://www.invitro.ru/'
  },
  {
    id: 'russian-post',
    en: 'Russian Post',
    ru: 'Почта России',
    aliases: ['Pochta Rossii'],
    category: 'other',
    roles: 'LSN',
    domains: ['pochta.ru'],
    website: 'https://www.pochta.ru/'
  },
  {
    id: 'cdek',
    en: 'CDEK',
    ru: 'СДЭК',
    category: 'other',
    roles: 'LSN',
    domains: ['cdek.ru'],
    website: 'https://www.cdek.ru/'
  },
  {
    id: 'boxberry',
    en: 'Boxberry',
    aliases: ['Боксберри'],
    category: 'other',
    roles: 'LN',
    domains: ['boxberry.ru'],
    website: 'https://boxberry.ru/'
  }
])
