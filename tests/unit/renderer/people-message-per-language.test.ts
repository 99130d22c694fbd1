import { mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { CaseView } from '../../../src/shared/domain/case'
import { addDaysTo, toDateOnly } from '../../../src/shared/domain/dates-values'
import { FALLBACK_CLOCKS } from '../../../src/shared/domain/phase'
import { formatPhone } from '../../../src/shared/domain/phone'
import NewNumberMessage from '../../../src/renderer/src/components/people/NewNumberMessage.vue'
import { i18n, setLocale, type Locale } from '../../../src/renderer/src/i18n'

vi.mock('vue-router', () => ({ useRouter: () => ({ push: vi.fn() }) }))

const today = toDateOnly(new Date())

// Ticking languages saves them with the number (see the test of that against the core);
// here only the text is read, so the cases store is never called.
beforeEach(() => setActivePinia(createPinia()))

/** A case as main sends it: both numbers formatted there, where the phone metadata is. */
function caseView(
  number: string | null,
  replacement: string | null,
  more: Partial<CaseView> = {}
): CaseView {
  return {
    number,
    replacementNumber: replacement,
    display: formatPhone(number),
    replacementDisplay: formatPhone(replacement),
    country: 'RU',
    status: 'confirmed',
    cancellationDate: null,
    lastUseDate: null,
    reassignDays: null,
    clocks: FALLBACK_CLOCKS,
    messageLanguages: [],
    ...more
  } as CaseView
}

const textOf = (wrapper: ReturnType<typeof mount>): string =>
  (wrapper.find('textarea').element as HTMLTextAreaElement).value

async function render(value: CaseView | null) {
  const Host = defineComponent(
    () => () =>
      h(NMessageProvider, null, {
        default: () => h(NewNumberMessage, { value, done: 1, total: 3 })
      })
  )
  const wrapper = mount(Host, { global: { plugins: [i18n] } })
  // A language's messages are fetched when first needed: the text comes once they are.
  if (value?.replacementNumber)
    await vi.waitFor(() => expect(textOf(wrapper)).not.toBe(''), { timeout: 5000 })
  return wrapper
}

const day = (date: string, locale: Locale): string =>
  i18n.global.d(new Date(`${date}T00:00:00`), 'short', locale)

describe('the message telling people the new number', () => {
  it('is in the language of the number’s country, whatever the app’s, and names both numbers', async () => {
    await setLocale('en')
    const wrapper = await render(caseView('+79123456789', '+447911123456'))
    expect(textOf(wrapper)).toMatch(
      /^Привет! У меня новый номер телефона: \+44 7911 123456\. Старый, \+7 912 345 67 89, больше не работает/
    )
    expect(textOf(wrapper)).not.toContain('+447911123456')
    expect(wrapper.text()).toContain('1 of 3 told')

    const cn = await render(caseView('+8613912345678', '+447911123456', { country: 'CN' }))
    expect(textOf(cn)).toMatch(
      /^你好！我换了新手机号：\+44 7911 123456。旧号码 \+86 139 1234 5678 已停用/
    )
    const de = await render(caseView('+4915112345678', '+447911123456', { country: 'DE' }))
    expect(textOf(de)).toMatch(/^Hi! I have a new phone number: \+44 7911 123456\./)
  })

  it('follows the phase: works until the planned day, stopped since a day, maybe someone else’s', async () => {
    await setLocale('en')
    const planned = addDaysTo(today, 20)
    const before = await render(
      caseView('+79123456789', '+447911123456', {
        status: 'planned',
        cancellationDate: planned,
        country: 'DE'
      })
    )
    expect(textOf(before)).toContain(
      `My old one, +7 912 345 67 89, works until ${day(planned, 'en')}`
    )
    expect(textOf(before)).not.toMatch(/no longer works/)

    const cancelledOn = addDaysTo(today, -10)
    const after = await render(
      caseView('+79123456789', '+447911123456', { cancellationDate: cancelledOn })
    )
    expect(textOf(after)).toContain(`не работает с ${day(cancelledOn, 'ru')}`)

    const long = addDaysTo(today, -200)
    const reassigned = await render(
      caseView('+79123456789', '+447911123456', { cancellationDate: long })
    )
    const reissue = addDaysTo(long, FALLBACK_CLOCKS.reissue.days)
    expect(textOf(reassigned)).toContain(
      `и с ${day(reissue, 'ru')} он может принадлежать другому человеку`
    )
  })

  it('says where to enter the new number when there is none', async () => {
    await setLocale('ru')
    const wrapper = await render(caseView('+79123456789', null))
    expect(wrapper.find('textarea').exists()).toBe(false)
    expect(wrapper.find('[data-message="no-number"]').text()).toContain('укажите новый номер')
  })
})
