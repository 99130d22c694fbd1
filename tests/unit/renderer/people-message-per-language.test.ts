import { mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { CaseView } from '../../../src/shared/domain/case'
import { formatPhone } from '../../../src/shared/domain/phone'
import NewNumberMessage from '../../../src/renderer/src/components/people/NewNumberMessage.vue'
import { i18n, setLocale, type Locale } from '../../../src/renderer/src/i18n'

vi.mock('vue-router', () => ({ useRouter: () => ({ push: vi.fn() }) }))

/** A case as main sends it: both numbers formatted there, where the phone metadata is. */
function caseView(number: string | null, replacement: string | null): CaseView {
  return {
    number,
    replacementNumber: replacement,
    display: formatPhone(number),
    replacementDisplay: formatPhone(replacement)
  } as CaseView
}

function render(value: CaseView | null) {
  const Host = defineComponent(
    () => () =>
      h(NMessageProvider, null, {
        default: () => h(NewNumberMessage, { value, done: 1, total: 3 })
      })
  )
  return mount(Host, {
    global: { plugins: [i18n] }
  })
}

const EXPECTED: Record<Locale, RegExp> = {
  en: /^Hi! I have a new phone number: \+44 7911 123456\. My old one, \+7 912 345 67 89, no longer works/,
  ru: /^Привет! У меня новый номер телефона: \+44 7911 123456\. Старый, \+7 912 345 67 89, больше не работает/,
  'zh-CN': /^你好！我换了新手机号：\+44 7911 123456。旧号码 \+7 912 345 67 89 已停用/
}

describe('the message telling people the new number', () => {
  for (const locale of ['en', 'ru', 'zh-CN'] as const) {
    it(`is written in ${locale} with the new number formatted`, async () => {
      await setLocale(locale)
      const wrapper = render(caseView('+79123456789', '+447911123456'))
      const text = (wrapper.find('textarea').element as HTMLTextAreaElement).value
      expect(text).toMatch(EXPECTED[locale])
      expect(text).not.toContain('+447911123456')
      expect(wrapper.text()).toContain(
        i18n.global.t('peopleMessage.progress', { done: 1, total: 3 })
      )
    })
  }

  it('names the new number alone when the old one is not set', async () => {
    await setLocale('en')
    const wrapper = render(caseView(null, '+8613800138000'))
    const text = (wrapper.find('textarea').element as HTMLTextAreaElement).value
    expect(text).toContain('+86 138 0013 8000')
    expect(text).toContain('My old one no longer works')
  })

  it('says where to enter the new number when there is none', async () => {
    await setLocale('ru')
    const wrapper = render(caseView('+79123456789', null))
    expect(wrapper.find('textarea').exists()).toBe(false)
    expect(wrapper.find('[data-message="no-number"]').text()).toContain('укажите новый номер')
  })

  it('copies the message to the clipboard', async () => {
    await setLocale('en')
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const wrapper = render(caseView('+79123456789', '+447911123456'))
    await wrapper.find('button').trigger('click')
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('+44 7911 123456'))
  })
})
