import { curated } from '../curated-entry'

/** Chinese banks, UnionPay, carriers and the traffic police portal. */
export const CHINESE_FINANCE_AND_TELECOM = curated('cn', [
  {
    id: 'unionpay',
    en: 'UnionPay (Yunshanfu)',
    zh: '云闪付',
    aliases: ['银联', '中国银联', 'UnionPay', 'Cloud QuickPass', 'ЮнионПэй'],
    category: 'payments',
    roles: 'LSRN',
    domains: ['unionpay.com'],
    website: 'https://www.unionpay.com/'
  },
  {
    id: 'icbc',
    en: 'ICBC (Industrial and Commercial Bank of China)',
    ru: 'Промышленный и коммерческий банк Китая',
    zh: '中国工商银行',
    aliases: ['工行', '工商银行', 'ICBC'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['icbc.com.cn'],
    website: 'https://www.icbc.com.cn/'
  },
  {
    id: 'ccb',
    en: 'China Construction Bank',
    ru: 'Китайский строительный банк',
    zh: '中国建设银行',
    aliases: ['建行', '建设银行', 'CCB'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['ccb.com'],
    website: 'https://www.ccb.com/'
  },
  {
    id: 'bank-of-china',
    en: 'Bank of China',
    ru: 'Банк Китая',
    zh: '中国银行',
    aliases: ['中行', 'BOC'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['boc.cn'],
    website: 'https://www.boc.cn/'
  },
  {
    id: 'abc',
    en: 'Agricultural Bank of China',
    ru: 'Сельскохозяйственный банк Китая',
    zh: '中国农业银行',
    aliases: ['农行', '农业银行', 'ABC'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['abchina.com'],
    website: 'https://www.abchina.com/'
  },
  {
    id: 'cmb',
    en: 'China Merchants Bank',
    zh: '招商银行',
    aliases: ['招行', 'CMB'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['cmbchina.com'],
    website: 'https://www.cmbchina.com/'
  },
  {
    id: 'bankcomm',
    en: 'Bank of Communications',
    zh: '交通银行',
    aliases: ['交行', 'BoCom'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['bankcomm.com'],
    website: 'https://www.bankcomm.com/'
  },
  {
    id: 'psbc',
    en: 'Postal Savings Bank of China',
    zh: '中国邮政储蓄银行',
    aliases: ['邮储银行', 'PSBC'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['psbc.com'],
    website: 'https://www.psbc.com/'
  },
  {
    id: 'citic-bank',
    en: 'China CITIC Bank',
    zh: '中信银行',
    category: 'bank',
    roles: 'LSRN',
    domains: ['citicbank.com'],
    website: 'https://www.citicbank.com/'
  },
  {
    id: 'spdb',
    en: 'Shanghai Pudong Development Bank',
    zh: '浦发银行',
    aliases: ['上海浦东发展银行', 'SPD Bank'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['spdb.com.cn'],
    website: 'https://www.spdb.com.cn/'
  },
  {
    id: 'ping-an',
    en: 'Ping An',
    zh: '中国平安',
    aliases: ['平安', '平安银行'],
    category: 'bank',
    roles: 'LSRN',
    domains: ['pingan.com'],
    website: 'https://www.pingan.com/'
  },
  {
    id: 'china-mobile',
    en: 'China Mobile',
    zh: '中国移动',
    aliases: ['10086'],
    category: 'telecom',
    roles: 'LSN',
    domains: ['10086.cn'],
    website: 'https://www.10086.cn/'
  },
  {
    id: 'china-unicom',
    en: 'China Unicom',
    zh: '中国联通',
    aliases: ['10010'],
    category: 'telecom',
    roles: 'LSN',
    domains: ['10010.com'],
    website: 'https://www.10010.com/'
  },
  {
    id: 'china-telecom',
    en: 'China Telecom',
    zh: '中国电信',
    aliases: ['10000', '天翼'],
    category: 'telecom',
    roles: 'LSN',
    domains: ['189.cn'],
    website: 'https://www.189.cn/'
  },
  {
    id: 'jiaoguan-12123',
    en: 'Traffic Management 12123',
    zh: '交管12123',
    category: 'government',
    roles: 'LSN',
    domains: ['122.gov.cn']
  }
])
