import { curated } from '../curated-entry'

export const CHINESE_PLATFORMS = curated('cn', [
  {
    id: 'wechat',
    en: 'WeChat (Weixin, WeChat Pay)',
    zh: '微信',
    aliases: ['Weixin', '微信支付'],
    category: 'messenger',
    roles: 'LSR',
    domains: ['wechat.com', 'weixin.qq.com'],
    website: 'https://www.wechat.com/'
  },
  {
    id: 'alipay',
    en: 'Alipay',
    zh: '支付宝',
    category: 'payments',
    roles: 'LSRN',
    domains: ['alipay.com'],
    website: 'https://www.alipay.com/'
  },
  {
    id: 'qq',
    en: 'QQ',
    zh: '腾讯QQ',
    category: 'messenger',
    roles: 'LSR',
    domains: ['qq.com'],
    website: 'https://im.qq.com/'
  },
  {
    id: 'weibo',
    en: 'Weibo',
    zh: '微博',
    aliases: ['新浪微博'],
    category: 'social',
    roles: 'LSR',
    domains: ['weibo.com'],
    website: 'https://weibo.com/'
  },
  {
    id: 'taobao',
    en: 'Taobao',
    zh: '淘宝',
    aliases: ['天猫', 'Tmall'],
    category: 'marketplace',
    roles: 'LSN',
    domains: ['taobao.com', 'tmall.com'],
    website: 'https://www.taobao.com/'
  },
  {
    id: '12306',
    en: 'China Railway 12306',
    zh: '铁路12306',
    aliases: ['中国铁路'],
    category: 'transport',
    roles: 'LSN',
    domains: ['12306.cn'],
    website: 'https://www.12306.cn/'
  },
  {
    id: 'jd',
    en: 'JD.com',
    zh: '京东',
    category: 'marketplace',
    roles: 'LSN',
    domains: ['jd.com'],
    website: 'https://www.jd.com/'
  },
  {
    id: 'meituan',
    en: 'Meituan',
    zh: '美团',
    aliases: ['大众点评'],
    category: 'marketplace',
    roles: 'LN',
    domains: ['meituan.com'],
    website: 'https://www.meituan.com/'
  },
  {
    id: 'didi',
    en: 'DiDi',
    zh: '滴滴',
    aliases: ['滴滴出行'],
    category: 'transport',
    roles: 'LN',
    domains: ['didiglobal.com']
  },
  {
    id: 'douyin',
    en: 'Douyin',
    zh: '抖音',
    category: 'social',
    roles: 'LSR',
    domains: ['douyin.com'],
    website: 'https://www.douyin.com/'
  },
  {
    id: 'xiaohongshu',
    en: 'Xiaohongshu (RED)',
    zh: '小红书',
    aliases: ['RED'],
    category: 'social',
    roles: 'LSR',
    domains: ['xiaohongshu.com'],
    website: 'https://www.xiaohongshu.com/'
  },
  {
    id: 'bilibili',
    en: 'Bilibili',
    zh: '哔哩哔哩',
    aliases: ['B站'],
    category: 'social',
    roles: 'LS',
    domains: ['bilibili.com'],
    website: 'https://www.bilibili.com/'
  },
  {
    id: 'baidu',
    en: 'Baidu Account',
    zh: '百度',
    aliases: ['百度网盘'],
    category: 'email',
    roles: 'LSR',
    playbook: 'generic',
    domains: ['baidu.com'],
    website: 'https://www.baidu.com/'
  },
  {
    id: 'pinduoduo',
    en: 'Pinduoduo',
    zh: '拼多多',
    category: 'marketplace',
    roles: 'LN',
    domains: ['pinduoduo.com']
  },
  {
    id: 'trip-com',
    en: 'Trip.com (Ctrip)',
    zh: '携程',
    aliases: ['Ctrip'],
    category: 'transport',
    roles: 'LN',
    domains: ['trip.com', 'ctrip.com'],
    website: 'https://www.trip.com/'
  },
  {
    id: 'alibaba-cloud',
    en: 'Alibaba Cloud',
    zh: '阿里云',
    aliases: ['Aliyun'],
    category: 'work',
    roles: 'LSR',
    domains: ['aliyun.com', 'alibabacloud.com']
  }
])
