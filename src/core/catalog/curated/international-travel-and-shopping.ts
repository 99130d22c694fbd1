import { curated } from '../curated-entry'

/** Worldwide shops, travel, airlines, hotels and chains with member accounts. */
export const INTERNATIONAL_TRAVEL_AND_SHOPPING = curated(null, [
  {
    id: 'amazon',
    en: 'Amazon',
    ru: 'Амазон',
    zh: '亚马逊',
    category: 'marketplace',
    roles: 'SRN',
    domains: [
      'amazon.com',
      'amazon.de',
      'amazon.co.uk',
      'amazon.fr',
      'amazon.it',
      'amazon.es',
      'amazon.nl',
      'amazon.pl',
      'amazon.se',
      'amazon.com.tr',
      'amazon.ae',
      'amazon.co.jp',
      'amazon.ca',
      'amazon.com.au',
      'amazon.in',
      'amazon.cn',
      'amazon.com.br',
      'amazon.com.mx',
      'amazon.sg',
      'amazon.sa'
    ],
    website: 'https://www.amazon.com/'
  },
  {
    id: 'aliexpress',
    en: 'AliExpress',
    ru: 'АлиЭкспресс',
    zh: '全球速卖通',
    aliases: ['Алиэкспресс', 'Али', '速卖通'],
    category: 'marketplace',
    roles: 'LN',
    domains: ['aliexpress.com', 'aliexpress.ru'],
    website: 'https://www.aliexpress.com/'
  },
  {
    id: 'ebay',
    en: 'eBay',
    zh: '易贝',
    aliases: ['Ибей'],
    category: 'marketplace',
    roles: 'SRN',
    domains: ['ebay.com'],
    website: 'https://www.ebay.com/'
  },
  {
    id: 'temu',
    en: 'Temu',
    category: 'marketplace',
    roles: 'LN',
    domains: ['temu.com'],
    website: 'https://www.temu.com/'
  },
  {
    id: 'shein',
    en: 'Shein',
    aliases: ['Шеин'],
    category: 'marketplace',
    roles: 'N',
    domains: ['shein.com'],
    website: 'https://www.shein.com/'
  },
  {
    id: 'booking',
    en: 'Booking.com',
    zh: '缤客',
    aliases: ['Booking', 'Букинг'],
    category: 'transport',
    roles: 'SN',
    domains: ['booking.com'],
    website: 'https://www.booking.com/',
    smsOrCall: true,
    facts: [
      {
        kind: 'sendsSmsCodes',
        source:
          'https://github.com/2factorauth/twofactorauth/blob/master/entries/b/booking.com.json',
        tag: 'official'
      }
    ]
  },
  {
    id: 'airbnb',
    en: 'Airbnb',
    zh: '爱彼迎',
    aliases: ['Эйрбиэнби'],
    category: 'transport',
    roles: 'SRN',
    domains: ['airbnb.com'],
    website: 'https://www.airbnb.com/'
  },
  {
    id: 'expedia',
    en: 'Expedia',
    zh: '亿客行',
    category: 'transport',
    roles: 'N',
    domains: ['expedia.com'],
    website: 'https://www.expedia.com/'
  },
  {
    id: 'agoda',
    en: 'Agoda',
    aliases: ['Агода'],
    category: 'transport',
    roles: 'N',
    domains: ['agoda.com'],
    website: 'https://www.agoda.com/'
  },
  {
    id: 'uber',
    en: 'Uber',
    zh: '优步',
    aliases: ['Убер', 'Uber Eats'],
    category: 'transport',
    roles: 'LSN',
    domains: ['uber.com', 'ubereats.com'],
    website: 'https://www.uber.com/'
  },
  {
    id: 'bolt',
    en: 'Bolt',
    aliases: ['Болт'],
    category: 'transport',
    roles: 'LN',
    domains: ['bolt.eu'],
    website: 'https://bolt.eu/'
  },
  {
    id: 'emirates',
    en: 'Emirates (Skywards)',
    zh: '阿联酋航空',
    aliases: ['Emirates Skywards', 'Эмирейтс'],
    category: 'transport',
    roles: 'N',
    domains: ['emirates.com'],
    website: 'https://www.emirates.com/'
  },
  {
    id: 'qatar-airways',
    en: 'Qatar Airways',
    ru: 'Катарские авиалинии',
    zh: '卡塔尔航空',
    category: 'transport',
    roles: 'N',
    domains: ['qatarairways.com'],
    website: 'https://www.qatarairways.com/'
  },
  {
    id: 'turkish-airlines',
    en: 'Turkish Airlines',
    ru: 'Турецкие авиалинии',
    zh: '土耳其航空',
    aliases: ['Miles&Smiles', 'THY'],
    category: 'transport',
    roles: 'N',
    domains: ['turkishairlines.com'],
    website: 'https://www.turkishairlines.com/'
  },
  {
    id: 'etihad',
    en: 'Etihad Airways',
    zh: '阿提哈德航空',
    aliases: ['Этихад'],
    category: 'transport',
    roles: 'N',
    domains: ['etihad.com'],
    website: 'https://www.etihad.com/'
  },
  {
    id: 'lufthansa',
    en: 'Lufthansa (Miles & More)',
    ru: 'Люфтганза',
    zh: '汉莎航空',
    aliases: ['Miles & More'],
    category: 'transport',
    roles: 'N',
    domains: ['lufthansa.com', 'miles-and-more.com'],
    website: 'https://www.lufthansa.com/'
  },
  {
    id: 'singapore-airlines',
    en: 'Singapore Airlines (KrisFlyer)',
    ru: 'Сингапурские авиалинии',
    zh: '新加坡航空',
    category: 'transport',
    roles: 'N',
    domains: ['singaporeair.com'],
    website: 'https://www.singaporeair.com/'
  },
  {
    id: 'cathay-pacific',
    en: 'Cathay Pacific',
    zh: '国泰航空',
    aliases: ['Asia Miles'],
    category: 'transport',
    roles: 'N',
    domains: ['cathaypacific.com'],
    website: 'https://www.cathaypacific.com/'
  },
  {
    id: 'marriott',
    en: 'Marriott Bonvoy',
    zh: '万豪',
    aliases: ['Marriott', 'Марриотт'],
    category: 'transport',
    roles: 'N',
    domains: ['marriott.com'],
    website: 'https://www.marriott.com/'
  },
  {
    id: 'hilton',
    en: 'Hilton Honors',
    zh: '希尔顿',
    aliases: ['Hilton', 'Хилтон'],
    category: 'transport',
    roles: 'N',
    domains: ['hilton.com'],
    website: 'https://www.hilton.com/'
  },
  {
    id: 'starbucks',
    en: 'Starbucks',
    zh: '星巴克',
    aliases: ['Старбакс'],
    category: 'other',
    roles: 'N',
    domains: ['starbucks.com', 'starbucks.com.cn'],
    website: 'https://www.starbucks.com/'
  },
  {
    id: 'mcdonalds',
    en: "McDonald's",
    ru: 'Макдоналдс',
    zh: '麦当劳',
    category: 'other',
    roles: 'N',
    domains: ['mcdonalds.com', 'mcdonalds.com.cn'],
    website: 'https://www.mcdonalds.com/'
  },
  {
    id: 'kfc',
    en: 'KFC',
    zh: '肯德基',
    category: 'other',
    roles: 'N',
    domains: ['kfc.com', 'kfc.com.cn'],
    website: 'https://www.kfc.com/'
  },
  {
    id: 'ikea',
    en: 'IKEA',
    ru: 'ИКЕА',
    zh: '宜家',
    category: 'marketplace',
    roles: 'N',
    domains: ['ikea.com', 'ikea.cn'],
    website: 'https://www.ikea.com/'
  },
  {
    id: 'uniqlo',
    en: 'Uniqlo',
    zh: '优衣库',
    aliases: ['Юникло'],
    category: 'marketplace',
    roles: 'N',
    domains: ['uniqlo.com'],
    website: 'https://www.uniqlo.com/'
  },
  {
    id: 'nike',
    en: 'Nike',
    zh: '耐克',
    aliases: ['Найк'],
    category: 'marketplace',
    roles: 'N',
    domains: ['nike.com'],
    website: 'https://www.nike.com/'
  },
  {
    id: 'tesla',
    en: 'Tesla Account',
    zh: '特斯拉',
    aliases: ['Tesla', 'Тесла'],
    category: 'other',
    roles: 'N',
    domains: ['tesla.com'],
    website: 'https://www.tesla.com/'
  }
])
