import { curated } from '../curated-entry'

/** Chinese super-apps, social networks, portals and device accounts. */
export const CHINESE_PLATFORMS = curated('cn', [
  {
    id: 'wechat',
    en: 'WeChat (Weixin, WeChat Pay)',
    zh: '微信',
    aliases: ['Weixin', '微信支付', 'WeChat Pay', 'Вичат'],
    category: 'messenger',
    roles: 'LSR',
    domains: ['wechat.com', 'weixin.qq.com', 'wx.qq.com'],
    website: 'https://www.wechat.com/'
  },
  {
    id: 'alipay',
    en: 'Alipay',
    zh: '支付宝',
    aliases: ['Zhifubao', 'Алипэй'],
    category: 'payments',
    roles: 'LSRN',
    domains: ['alipay.com'],
    website: 'https://www.alipay.com/'
  },
  {
    id: 'qq',
    en: 'QQ',
    zh: '腾讯QQ',
    aliases: ['QQ邮箱', 'QQ Mail', 'QQ安全中心'],
    category: 'messenger',
    roles: 'LSR',
    domains: ['qq.com'],
    website: 'https://im.qq.com/'
  },
  {
    id: 'weibo',
    en: 'Weibo',
    zh: '微博',
    aliases: ['新浪微博', 'Sina Weibo'],
    category: 'social',
    roles: 'LSR',
    domains: ['weibo.com'],
    website: 'https://weibo.com/'
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
    id: 'kuaishou',
    en: 'Kuaishou',
    zh: '快手',
    category: 'social',
    roles: 'LSR',
    domains: ['kuaishou.com'],
    website: 'https://www.kuaishou.com/'
  },
  {
    id: 'xiaohongshu',
    en: 'Xiaohongshu (RED)',
    zh: '小红书',
    aliases: ['RED', 'Little Red Book'],
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
    id: 'zhihu',
    en: 'Zhihu',
    zh: '知乎',
    category: 'social',
    roles: 'LSR',
    domains: ['zhihu.com'],
    website: 'https://www.zhihu.com/'
  },
  {
    id: 'douban',
    en: 'Douban',
    zh: '豆瓣',
    category: 'social',
    roles: 'LSR',
    domains: ['douban.com'],
    website: 'https://www.douban.com/'
  },
  {
    id: 'toutiao',
    en: 'Toutiao',
    zh: '今日头条',
    aliases: ['头条'],
    category: 'social',
    roles: 'LSR',
    domains: ['toutiao.com'],
    website: 'https://www.toutiao.com/'
  },
  {
    id: 'momo',
    en: 'Momo',
    zh: '陌陌',
    category: 'social',
    roles: 'LS',
    domains: ['immomo.com'],
    website: 'https://www.immomo.com/'
  },
  {
    id: 'baidu',
    en: 'Baidu Account',
    zh: '百度',
    aliases: ['Baidu', '百度帐号'],
    category: 'other',
    roles: 'LSR',
    domains: ['baidu.com'],
    website: 'https://www.baidu.com/'
  },
  {
    id: 'baidu-netdisk',
    en: 'Baidu Netdisk',
    zh: '百度网盘',
    aliases: ['百度云盘', 'Baidu Pan'],
    category: 'other',
    roles: 'LSR',
    domains: ['pan.baidu.com'],
    website: 'https://pan.baidu.com/'
  },
  {
    id: 'huawei-id',
    en: 'Huawei ID',
    zh: '华为帐号',
    aliases: ['华为', 'Huawei', 'Хуавей', 'HUAWEI ID'],
    category: 'other',
    roles: 'LSR',
    domains: ['huawei.com'],
    website: 'https://consumer.huawei.com/'
  },
  {
    id: 'xiaomi',
    en: 'Xiaomi Account (Mi Account)',
    zh: '小米帐号',
    aliases: ['小米', 'Xiaomi', 'Mi Account', 'Сяоми'],
    category: 'other',
    roles: 'LSR',
    domains: ['mi.com', 'xiaomi.com', 'account.xiaomi.com'],
    website: 'https://www.mi.com/'
  },
  {
    id: 'netease-mail',
    en: 'NetEase Mail (163.com, 126.com)',
    zh: '网易邮箱',
    aliases: ['163邮箱', '126邮箱', 'NetEase', '网易通行证'],
    category: 'email',
    roles: 'SR',
    domains: ['163.com', 'mail.163.com', '126.com', 'yeah.net'],
    website: 'https://mail.163.com/'
  },
  {
    id: 'sina-mail',
    en: 'Sina Mail',
    zh: '新浪邮箱',
    aliases: ['新浪', 'Sina'],
    category: 'email',
    roles: 'SR',
    domains: ['mail.sina.com.cn', 'sina.com.cn'],
    website: 'https://mail.sina.com.cn/'
  },
  {
    id: 'sohu',
    en: 'Sohu',
    zh: '搜狐',
    category: 'other',
    roles: 'LS',
    domains: ['sohu.com'],
    website: 'https://www.sohu.com/'
  }
])
