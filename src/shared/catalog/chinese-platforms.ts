import { entry, type CatalogEntry } from './entry'

export const CHINESE_PLATFORMS: CatalogEntry[] = [
  entry('wechat', 'WeChat (Weixin, WeChat Pay)', 'messenger', 'LSR', 'messenger', {
    aliases: ['微信', 'Weixin', '微信支付'],
    url: 'https://www.wechat.com/',
    domains: ['wechat.com', 'weixin.qq.com']
  }),
  entry('alipay', 'Alipay', 'payments', 'LSRN', 'payments', {
    aliases: ['支付宝'],
    url: 'https://www.alipay.com/',
    domains: ['alipay.com']
  }),
  entry('qq', 'QQ', 'messenger', 'LSR', 'messenger', {
    aliases: ['腾讯QQ'],
    url: 'https://im.qq.com/',
    domains: ['qq.com']
  }),
  entry('weibo', 'Weibo', 'social', 'LSR', 'social', {
    aliases: ['微博', '新浪微博'],
    url: 'https://weibo.com/',
    domains: ['weibo.com']
  }),
  entry('taobao', 'Taobao', 'marketplace', 'LSN', 'marketplace', {
    aliases: ['淘宝', '天猫', 'Tmall'],
    url: 'https://www.taobao.com/',
    domains: ['taobao.com', 'tmall.com']
  }),
  entry('12306', 'China Railway 12306', 'transport', 'LSN', 'generic', {
    aliases: ['铁路12306', '中国铁路'],
    url: 'https://www.12306.cn/',
    domains: ['12306.cn']
  }),
  entry('jd', 'JD.com', 'marketplace', 'LSN', 'marketplace', {
    aliases: ['京东'],
    url: 'https://www.jd.com/',
    domains: ['jd.com']
  }),
  entry('meituan', 'Meituan', 'marketplace', 'LN', 'marketplace', {
    aliases: ['美团', '大众点评'],
    url: 'https://www.meituan.com/',
    domains: ['meituan.com']
  }),
  entry('didi', 'DiDi', 'transport', 'LN', 'generic', {
    aliases: ['滴滴', '滴滴出行'],
    domains: ['didiglobal.com']
  }),
  entry('douyin', 'Douyin', 'social', 'LSR', 'social', {
    aliases: ['抖音'],
    url: 'https://www.douyin.com/',
    domains: ['douyin.com']
  }),
  entry('xiaohongshu', 'Xiaohongshu (RED)', 'social', 'LSR', 'social', {
    aliases: ['小红书', 'RED'],
    url: 'https://www.xiaohongshu.com/',
    domains: ['xiaohongshu.com']
  }),
  entry('bilibili', 'Bilibili', 'social', 'LS', 'social', {
    aliases: ['哔哩哔哩', 'B站'],
    url: 'https://www.bilibili.com/',
    domains: ['bilibili.com']
  }),
  entry('baidu', 'Baidu Account', 'email', 'LSR', 'generic', {
    aliases: ['百度', '百度网盘'],
    url: 'https://www.baidu.com/',
    domains: ['baidu.com']
  }),
  entry('pinduoduo', 'Pinduoduo', 'marketplace', 'LN', 'marketplace', {
    aliases: ['拼多多'],
    domains: ['pinduoduo.com']
  }),
  entry('trip-com', 'Trip.com (Ctrip)', 'transport', 'LN', 'generic', {
    aliases: ['携程', 'Ctrip'],
    url: 'https://www.trip.com/',
    domains: ['trip.com', 'ctrip.com']
  }),
  entry('alibaba-cloud', 'Alibaba Cloud', 'work', 'LSR', 'generic', {
    aliases: ['阿里云', 'Aliyun'],
    domains: ['aliyun.com', 'alibabacloud.com']
  })
]
