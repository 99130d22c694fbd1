import { curated } from '../curated-entry'

/** Chinese video, music, office and cloud services. */
export const CHINESE_MEDIA_AND_WORK = curated('cn', [
  {
    id: 'iqiyi',
    en: 'iQIYI',
    zh: '爱奇艺',
    category: 'other',
    roles: 'LSN',
    domains: ['iqiyi.com'],
    website: 'https://www.iqiyi.com/'
  },
  {
    id: 'youku',
    en: 'Youku',
    zh: '优酷',
    category: 'other',
    roles: 'LSN',
    domains: ['youku.com'],
    website: 'https://www.youku.com/'
  },
  {
    id: 'tencent-video',
    en: 'Tencent Video',
    zh: '腾讯视频',
    category: 'other',
    roles: 'LSN',
    domains: ['v.qq.com'],
    website: 'https://v.qq.com/'
  },
  {
    id: 'mgtv',
    en: 'Mango TV',
    zh: '芒果TV',
    category: 'other',
    roles: 'LSN',
    domains: ['mgtv.com'],
    website: 'https://www.mgtv.com/'
  },
  {
    id: 'netease-music',
    en: 'NetEase Cloud Music',
    zh: '网易云音乐',
    category: 'other',
    roles: 'LS',
    domains: ['music.163.com'],
    website: 'https://music.163.com/'
  },
  {
    id: 'qq-music',
    en: 'QQ Music',
    zh: 'QQ音乐',
    category: 'other',
    roles: 'LS',
    domains: ['y.qq.com'],
    website: 'https://y.qq.com/'
  },
  {
    id: 'kugou',
    en: 'Kugou Music',
    zh: '酷狗音乐',
    aliases: ['酷狗'],
    category: 'other',
    roles: 'LS',
    domains: ['kugou.com'],
    website: 'https://www.kugou.com/'
  },
  {
    id: 'ximalaya',
    en: 'Ximalaya',
    zh: '喜马拉雅',
    category: 'other',
    roles: 'LS',
    domains: ['ximalaya.com'],
    website: 'https://www.ximalaya.com/'
  },
  {
    id: 'dingtalk',
    en: 'DingTalk',
    zh: '钉钉',
    category: 'work',
    roles: 'LSR',
    domains: ['dingtalk.com'],
    website: 'https://www.dingtalk.com/'
  },
  {
    id: 'feishu',
    en: 'Feishu',
    zh: '飞书',
    category: 'work',
    roles: 'LSR',
    domains: ['feishu.cn'],
    website: 'https://www.feishu.cn/'
  },
  {
    id: 'wecom',
    en: 'WeCom (WeChat Work)',
    zh: '企业微信',
    aliases: ['WeChat Work'],
    category: 'work',
    roles: 'LS',
    domains: ['work.weixin.qq.com'],
    website: 'https://work.weixin.qq.com/'
  },
  {
    id: 'tencent-meeting',
    en: 'Tencent Meeting (VooV)',
    zh: '腾讯会议',
    aliases: ['VooV Meeting'],
    category: 'work',
    roles: 'LS',
    domains: ['meeting.tencent.com'],
    website: 'https://meeting.tencent.com/'
  },
  {
    id: 'tencent-docs',
    en: 'Tencent Docs',
    zh: '腾讯文档',
    category: 'work',
    roles: 'LS',
    domains: ['docs.qq.com'],
    website: 'https://docs.qq.com/'
  },
  {
    id: 'tencent-cloud',
    en: 'Tencent Cloud',
    zh: '腾讯云',
    category: 'work',
    roles: 'SR',
    domains: ['cloud.tencent.com'],
    website: 'https://cloud.tencent.com/'
  },
  {
    id: 'huawei-cloud',
    en: 'Huawei Cloud',
    zh: '华为云',
    category: 'work',
    roles: 'SR',
    domains: ['huaweicloud.com'],
    website: 'https://www.huaweicloud.com/'
  },
  {
    id: 'alibaba-cloud',
    en: 'Alibaba Cloud',
    zh: '阿里云',
    aliases: ['Aliyun'],
    category: 'work',
    roles: 'LR',
    domains: ['alibabacloud.com', 'aliyun.com'],
    website: 'https://www.alibabacloud.com/',
    smsOrCall: false,
    facts: [
      {
        kind: 'noSmsCodes',
        source:
          'https://github.com/2factorauth/twofactorauth/blob/master/entries/a/alibabacloud.com.json',
        tag: 'official'
      }
    ]
  },
  {
    id: 'boss-zhipin',
    en: 'BOSS Zhipin',
    zh: 'BOSS直聘',
    category: 'work',
    roles: 'LSN',
    domains: ['zhipin.com'],
    website: 'https://www.zhipin.com/'
  },
  {
    id: 'zhaopin',
    en: 'Zhaopin',
    zh: '智联招聘',
    category: 'work',
    roles: 'LSN',
    domains: ['zhaopin.com'],
    website: 'https://www.zhaopin.com/'
  },
  {
    id: '51job',
    en: '51job',
    zh: '前程无忧',
    category: 'work',
    roles: 'LSN',
    domains: ['51job.com'],
    website: 'https://www.51job.com/'
  },
  {
    id: 'xuexi-qiangguo',
    en: 'Xuexi Qiangguo',
    zh: '学习强国',
    category: 'other',
    roles: 'LS',
    domains: ['xuexi.cn'],
    website: 'https://www.xuexi.cn/'
  }
])
