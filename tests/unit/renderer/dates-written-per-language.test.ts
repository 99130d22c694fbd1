import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ru from '../../../locales/ru.json'
import DateField from '../../../src/renderer/src/components/common/DateField.vue'
import { i18n, setLocale, type Locale } from '../../../src/renderer/src/i18n'

const SHOWN: Record<Locale, string> = { en: '11/20/2027', ru: '20.11.2027', 'zh-CN': '2027-11-20' }
const TYPED: Record<Locale, string> = { en: '11/21/2027', ru: '21.11.2027', 'zh-CN': '2027-11-21' }

function flatten(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : flatten(value as object, `${prefix}${key}.`)
  )
}

describe('dates', { timeout: 30_000 }, () => {
  for (const locale of ['en', 'ru', 'zh-CN'] as const)
    it(`are shown and typed in a date field as ${locale} writes them`, async () => {
      await setLocale(locale)
      let value: string | null = '2027-11-20'
      const wrapper = mount(DateField, {
        props: {
          modelValue: value,
          label: 'Date',
          'onUpdate:modelValue': (v: string | null) => (value = v)
        },
        global: { plugins: [i18n] }
      })
      await nextTick()
      const input = wrapper.find('input')
      expect((input.element as HTMLInputElement).value).toBe(SHOWN[locale])
      expect(input.attributes('placeholder')).toBe(i18n.global.t('date.placeholder'))
      // What the user types in the language's order is kept as the same calendar date.
      await input.setValue(TYPED[locale])
      await input.trigger('blur')
      expect(value).toBe('2027-11-21')
    })

  it('end a Russian sentence with one period, not "г.."', async () => {
    await setLocale('ru')
    const date = i18n.global.d(new Date('2027-11-20T00:00:00'), 'short')
    expect(date).toMatch(/г\.$/)
    // The app's own sentences; the exported report and the statement are written by main.
    const withDates = flatten(ru).filter(
      ([key, text]) =>
        text.includes('{date}') && !key.startsWith('report.') && !key.startsWith('statement.')
    )
    expect(withDates.length).toBeGreaterThan(5)
    for (const [key] of withDates) {
      const text = i18n.global.t(key, { date, version: '1.0', number: '+7 916 555 01 23' })
      expect(text, key).not.toMatch(/г\.\./)
    }
  })
})
