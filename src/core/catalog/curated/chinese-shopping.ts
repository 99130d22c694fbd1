import { curated } from '../curated-entry'

/** Chinese marketplaces, food delivery, local services and parcels. */
export const CHINESE_SHOPPING = curated('cn', [
  {
    id: 'taobao',
    en: 'Taobao',
    zh: '淘宝',
    aliases: ['天猫', 'Tmall', 'Таобао'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['taobao.com', 'tmall.com'],
    website: 'https://www.taobao.com/'
  },
  {
    id: 'jd',
    en: 'JD.com',
    zh: '京东',
    aliases: ['Jingdong'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['jd.com'],
    website: 'https://www.jd.com/'
  },
  {
    id: 'pinduoduo',
    en: 'Pinduoduo',
    zh: '拼多多',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['pinduoduo.com'],
    website: 'https://www.pinduoduo.com/'
  },
  {
    id: 'meituan',
    en: 'Meituan',
    zh: '美团',
    aliases: ['美团外卖'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['meituan.com'],
    website: 'https://www.meituan.com/'
  },
  {
    id: 'dianping',
    en: 'Dianping',
    zh: '大众点评',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['dianping.com'],
    website: 'https://www.dianping.com/'
  },
  {
    id: 'eleme',
    en: 'Ele.me',
    zh: '饿了么',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['ele.me'],
    website: 'https://www.ele.me/'
  },
  {
    id: 'vipshop',
    en: 'Vipshop',
    zh: '唯品会',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['vip.com'],
    website: 'https://www.vip.com/'
  },
  {
    id: 'suning',
    en: 'Suning',
    zh: '苏宁易购',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['suning.com'],
    website: 'https://www.suning.com/'
  },
  {
    id: 'dewu',
    en: 'Dewu (Poizon)',
    zh: '得物',
    aliases: ['Poizon'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['dewu.com'],
    website: 'https://www.dewu.com/'
  },
  {
    id: '58-com',
    en: '58.com',
    zh: '58同城',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['58.com'],
    website: 'https://www.58.com/'
  },
  {
    id: 'sf-express',
    en: 'SF Express',
    zh: '顺丰速运',
    aliases: ['顺丰'],
    category: 'other',
    roles: 'LSN',
    domains: ['sf-express.com'],
    website: 'https://www.sf-express.com/'
  },
  {
    id: 'cainiao',
    en: 'Cainiao',
    zh: '菜鸟',
    aliases: ['菜鸟裹裹'],
    category: 'other',
    roles: 'LSN',
    domains: ['cainiao.com'],
    website: 'https://www.cainiao.com/'
  },
  {
    id: 'china-post',
    en: 'China Post',
    ru: 'Почта Китая',
    zh: '中国邮政',
    category: 'other',
    roles: 'LN',
    domains: ['chinapost.com.cn'],
    website: 'https://www.chinapost.com.cn/'
  }
])
