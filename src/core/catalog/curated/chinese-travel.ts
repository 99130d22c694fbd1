import { curated } from '../curated-entry'

/** Chinese maps, ride hailing, trains, airlines and travel booking. */
export const CHINESE_TRAVEL = curated('cn', [
  {
    id: '12306',
    en: 'China Railway 12306',
    zh: '铁路12306',
    aliases: ['中国铁路', '12306'],
    category: 'transport',
    roles: 'LSN',
    domains: ['12306.cn'],
    website: 'https://www.12306.cn/'
  },
  {
    id: 'didi',
    en: 'DiDi',
    zh: '滴滴出行',
    aliases: ['滴滴', 'DiDi Global'],
    category: 'transport',
    roles: 'LSN',
    domains: ['didiglobal.com'],
    smsOrCall: true,
    facts: [
      {
        kind: 'sendsSmsCodes',
        source:
          'https://github.com/2factorauth/twofactorauth/blob/master/entries/d/didiglobal.com.json',
        tag: 'official'
      }
    ]
  },
  {
    id: 'amap',
    en: 'Amap (Gaode Maps)',
    zh: '高德地图',
    aliases: ['高德', 'Gaode'],
    category: 'transport',
    roles: 'LS',
    domains: ['amap.com'],
    website: 'https://www.amap.com/'
  },
  {
    id: 'hellobike',
    en: 'Hello (Hellobike)',
    zh: '哈啰',
    aliases: ['哈啰出行', 'Hellobike'],
    category: 'transport',
    roles: 'LSN',
    domains: ['hellobike.com'],
    website: 'https://www.hellobike.com/'
  },
  {
    id: 'trip-com',
    en: 'Trip.com (Ctrip)',
    zh: '携程',
    aliases: ['Ctrip', '携程旅行'],
    category: 'transport',
    roles: 'LN',
    domains: ['trip.com', 'ctrip.com'],
    website: 'https://www.trip.com/'
  },
  {
    id: 'qunar',
    en: 'Qunar',
    zh: '去哪儿网',
    aliases: ['去哪儿', '去哪儿旅行'],
    category: 'transport',
    roles: 'LSN',
    domains: ['qunar.com'],
    website: 'https://www.qunar.com/'
  },
  {
    id: 'fliggy',
    en: 'Fliggy',
    zh: '飞猪',
    aliases: ['飞猪旅行'],
    category: 'transport',
    roles: 'LSN',
    domains: ['fliggy.com'],
    website: 'https://www.fliggy.com/'
  },
  {
    id: 'tongcheng',
    en: 'Tongcheng Travel (LY.com)',
    zh: '同程旅行',
    aliases: ['同程'],
    category: 'transport',
    roles: 'LSN',
    domains: ['ly.com'],
    website: 'https://www.ly.com/'
  },
  {
    id: 'mafengwo',
    en: 'Mafengwo',
    zh: '马蜂窝',
    category: 'transport',
    roles: 'LS',
    domains: ['mafengwo.cn'],
    website: 'https://www.mafengwo.cn/'
  },
  {
    id: 'air-china',
    en: 'Air China',
    zh: '中国国际航空',
    aliases: ['国航'],
    category: 'transport',
    roles: 'LN',
    domains: ['airchina.com.cn'],
    website: 'https://www.airchina.com.cn/'
  },
  {
    id: 'china-eastern',
    en: 'China Eastern Airlines',
    zh: '东方航空',
    aliases: ['东航', '中国东方航空'],
    category: 'transport',
    roles: 'LN',
    domains: ['ceair.com'],
    website: 'https://www.ceair.com/'
  },
  {
    id: 'china-southern',
    en: 'China Southern Airlines',
    zh: '南方航空',
    aliases: ['南航', '中国南方航空'],
    category: 'transport',
    roles: 'LN',
    domains: ['csair.com'],
    website: 'https://www.csair.com/'
  },
  {
    id: 'hainan-airlines',
    en: 'Hainan Airlines',
    zh: '海南航空',
    aliases: ['海航'],
    category: 'transport',
    roles: 'LN',
    domains: ['hnair.com'],
    website: 'https://www.hnair.com/'
  },
  {
    id: 'sichuan-airlines',
    en: 'Sichuan Airlines',
    zh: '四川航空',
    aliases: ['川航'],
    category: 'transport',
    roles: 'LN',
    domains: ['sichuanair.com'],
    website: 'https://www.sichuanair.com/'
  },
  {
    id: 'xiamen-airlines',
    en: 'Xiamen Airlines',
    zh: '厦门航空',
    aliases: ['厦航'],
    category: 'transport',
    roles: 'LN',
    domains: ['xiamenair.com'],
    website: 'https://www.xiamenair.com/'
  }
])
