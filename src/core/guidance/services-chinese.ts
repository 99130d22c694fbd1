import { fact, news, unofficial, type ServicePlaybook } from './service-playbook'

const WECHAT = unofficial('https://nctoro.com/gongnue/34939.html')
const WECHAT_CASE = news('https://www.thepaper.cn/newsDetail_forward_32456904', '2026-01-25')
const ALIPAY = unofficial('https://php.bkmy88.com/faq/1974587.html', '2026-01-13')
// A carriers' service for a number's next owner, reported with its entry points.
const RENEW = news('https://www.itcow.cn/archives/26952')
const RAILWAY_CHANGE = unofficial('https://php.sqjnqi.com/faq/2058343.html')

/** Chinese services: mostly unofficial sources, labelled so. */
export const CHINESE_SERVICES: ServicePlaybook[] = [
  {
    id: 'wechat',
    steps: [fact('change', WECHAT)],
    waits: [fact('appeal', WECHAT)],
    foreign: { answer: 'notKnown', sources: [] },
    route: [
      fact('appeal', WECHAT),
      fact('other', unofficial('https://australiadatabase.store/viewtopic.php?t=31464'))
    ],
    stranger: [fact('case', WECHAT_CASE), fact('advice', WECHAT_CASE)],
    contacts: []
  },
  {
    id: 'alipay',
    steps: [fact('change', ALIPAY)],
    waits: [fact('review', ALIPAY)],
    foreign: {
      answer: 'yes',
      sources: [unofficial('https://nomadguide.help/en/guides/alipay-guide')]
    },
    route: [fact('review', ALIPAY)],
    stranger: [fact('renew', RENEW)],
    contacts: []
  },
  {
    id: '12306',
    steps: [fact('change', RAILWAY_CHANGE)],
    waits: [],
    foreign: { answer: 'notKnown', sources: [] },
    route: [],
    stranger: [],
    contacts: []
  }
]
