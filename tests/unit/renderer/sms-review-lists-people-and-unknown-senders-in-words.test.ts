import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterAll, describe, expect, it } from 'vitest'
import SmsFindings, {
  type SenderService
} from '../../../src/renderer/src/components/discover/SmsFindings.vue'
import { i18n, setLocale } from '../../../src/renderer/src/i18n'
import type { PlannedPerson, PlannedSender } from '../../../src/shared/domain/import-plan'

const PEOPLE: PlannedPerson[] = [
  {
    key: 'mama',
    name: 'Мама',
    contact: '+79161234567',
    messages: 2,
    last: '2025-11-06',
    sim: '1',
    target: 'c1'
  },
  {
    key: 'other',
    name: null,
    contact: '+79035550011',
    messages: 1,
    last: null,
    sim: '1',
    target: 'c1'
  }
]
const SENDERS: PlannedSender[] = [
  {
    key: 'MYCLINIC',
    sender: 'MYCLINIC',
    target: 'c1',
    messages: 1,
    codes: 0,
    adverts: 0,
    first: '2025-11-11',
    last: '2025-11-11',
    senders: ['MYCLINIC']
  },
  {
    key: '4444',
    sender: '4444',
    target: 'c1',
    messages: 5,
    codes: 3,
    adverts: 0,
    first: '2025-10-01',
    last: '2025-11-12',
    senders: ['4444']
  },
  {
    key: 'SALE24',
    sender: 'SALE24',
    target: 'c1',
    messages: 2,
    codes: 0,
    adverts: 2,
    first: '2025-11-01',
    last: '2025-11-10',
    senders: ['SALE24']
  }
]

/** Tencent's signature on a code that named neither WeChat nor QQ. */
const SHARED: PlannedSender[] = [
  {
    key: '1069070069 【腾讯科技】',
    sender: '1069070069 【腾讯科技】',
    target: 'c1',
    messages: 1,
    codes: 1,
    adverts: 0,
    first: '2025-11-12',
    last: '2025-11-12',
    senders: ['1069070069 【腾讯科技】'],
    maybe: [
      {
        catalogId: 'wechat',
        name: 'WeChat (Weixin, WeChat Pay)',
        names: { en: 'WeChat (Weixin, WeChat Pay)', 'zh-CN': '微信' },
        category: 'messenger'
      },
      { catalogId: 'qq', name: 'QQ', names: { en: 'QQ' }, category: 'messenger' }
    ]
  }
]

function review(
  senders: string[] = [],
  names: Record<string, string> = {},
  services: Record<string, SenderService> = {},
  unknown: PlannedSender[] = SENDERS
): VueWrapper {
  return mount(SmsFindings, {
    props: {
      people: PEOPLE,
      senders: unknown,
      pickedPeople: [],
      pickedSenders: senders,
      names,
      services,
      joins: () => null
    },
    global: { plugins: [i18n, createPinia()] }
  })
}

/** Each row's words, as a reader sees them: name, number (if shown) and counts, apart. */
const rows = (wrapper: VueWrapper, attribute: string): string[] =>
  wrapper.findAll(`[${attribute}]`).map((row) =>
    row
      .findAll('strong, .number, .small')
      .map((part) => part.text())
      .join(' / ')
  )

describe('the SMS review of people and unknown senders', () => {
  afterAll(() => setLocale('en'))

  it('lists who wrote and which unknown senders sent codes, in English', async () => {
    await setLocale('en')
    const wrapper = review()
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual([
      'People who wrote to the old number',
      'Senders not in the catalog'
    ])
    expect(rows(wrapper, 'data-person')).toEqual([
      'Мама / +79161234567 / 2 messages, last on 6 Nov 2025',
      '+79035550011 / 1 message, last on an unknown day'
    ])
    expect(rows(wrapper, 'data-sender')).toEqual([
      'MYCLINIC / sent 1 message to the old number, last on 11 Nov 2025',
      '4444 / sent 3 codes to the old number, last on 12 Nov 2025',
      'SALE24 / sent 2 advertisements to the old number, last on 10 Nov 2025 · only advertising, so not ticked'
    ])
    // No name field until the sender is ticked.
    expect(wrapper.find('input[type="text"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says the same in Russian, with its plural forms and dates', async () => {
    await setLocale('ru')
    const wrapper = review()
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual([
      'Люди, писавшие на старый номер',
      'Отправители, которых нет в каталоге'
    ])
    expect(rows(wrapper, 'data-person')).toEqual([
      'Мама / +79161234567 / 2 сообщения, последнее — 6 нояб. 2025 г.',
      '+79035550011 / 1 сообщение, последнее — неизвестный день'
    ])
    expect(rows(wrapper, 'data-sender')).toEqual([
      'MYCLINIC / прислал 1 сообщение на старый номер, последнее — 11 нояб. 2025 г.',
      '4444 / прислал 3 кода на старый номер, последний — 12 нояб. 2025 г.',
      'SALE24 / прислал 2 рекламных сообщения на старый номер, последнее — 10 нояб. 2025 г. · только реклама, поэтому не отмечено'
    ])
    wrapper.unmount()
  })

  it('says the same in Chinese', async () => {
    await setLocale('zh-CN')
    const wrapper = review()
    expect(rows(wrapper, 'data-sender')).toEqual([
      'MYCLINIC / 向旧号码发送了 1 条短信，最近一次在 2025年11月11日',
      '4444 / 向旧号码发送了 3 条验证码，最近一次在 2025年11月12日',
      'SALE24 / 向旧号码发送了 2 条广告短信，最近一次在 2025年11月10日 · 只有广告，所以没有勾选'
    ])
    expect(rows(wrapper, 'data-person')[0]).toBe(
      'Мама / +79161234567 / 2 条短信，最近一次在 2025年11月6日'
    )
    wrapper.unmount()
  })

  it('asks a ticked sender’s name, with the sender as the hint, and hands the name on', async () => {
    await setLocale('ru')
    const wrapper = review(['MYCLINIC'])
    const input = wrapper.find('[data-sender="MYCLINIC"] input[aria-label="Название для MYCLINIC"]')
    expect(input.attributes('placeholder')).toBe('MYCLINIC')
    expect(wrapper.find('[data-sender="4444"] input').exists()).toBe(false)
    await input.setValue('Моя клиника')
    expect(wrapper.emitted('update:names')?.at(-1)).toEqual([{ MYCLINIC: 'Моя клиника' }])
    await wrapper.find('[data-sender="4444"] [role="checkbox"]').trigger('click')
    expect(wrapper.emitted('update:pickedSenders')?.at(-1)).toEqual([['MYCLINIC', '4444']])
    wrapper.unmount()
  })

  it('asks which service a shared sender wrote for, and names it only if none was', async () => {
    await setLocale('zh-CN')
    const sender = '1069070069 【腾讯科技】'
    const row = (w: VueWrapper) => w.find(`[data-sender="${sender}"]`)
    // Not asked until ticked.
    expect(
      row(review([], {}, {}, SHARED))
        .find('[role="radiogroup"]')
        .exists()
    ).toBe(false)
    const wrapper = review([sender], {}, {}, SHARED)
    expect(row(wrapper).find('.which p').text()).toBe(
      // Each service by its name in the app's language.
      '这个发送方替 微信 · QQ 发短信，短信里没说是哪一个。是哪个服务？'
    )
    const group = row(wrapper).find('[role="radiogroup"]')
    expect(group.attributes('aria-label')).toBe(`${sender} 是替哪个服务发的`)
    expect(group.findAll('label').map((l) => l.text())).toEqual([
      '微信',
      'QQ',
      '都不是，我自己命名'
    ])
    // With none chosen the sender can still be named by hand.
    expect(row(wrapper).find(`input[aria-label="${sender} 的名称"]`).exists()).toBe(true)
    await group.findAll('input[type="radio"]')[1]!.setValue(true)
    expect(wrapper.emitted('update:services')?.at(-1)).toEqual([
      { [sender]: { catalogId: 'qq', name: 'QQ', names: { en: 'QQ' }, category: 'messenger' } }
    ])
    wrapper.unmount()
    // Once a service is chosen there is nothing to name.
    const qq = { catalogId: 'qq', name: 'QQ', names: { en: 'QQ' }, category: 'messenger' as const }
    const chosen = review([sender], {}, { [sender]: qq }, SHARED)
    expect(row(chosen).find('input[type="text"]').exists()).toBe(false)
    chosen.unmount()
  })
})
