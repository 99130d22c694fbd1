import { mount } from '@vue/test-utils'
import { NInput, NRadioButton, NRadioGroup, NSelect } from 'naive-ui'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import FormField from '../../../src/renderer/src/components/common/FormField.vue'

async function settled(): Promise<void> {
  await nextTick()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await nextTick()
}

describe('a form field', () => {
  it('labels its text box, ties its help and error to it, and says it is required', async () => {
    const error = ref<string | null>(null)
    const Host = defineComponent(
      () => () =>
        h(
          FormField,
          {
            label: 'Name',
            required: true,
            error: Boolean(error.value),
            feedback: error.value ?? 'Who has the old number'
          },
          { default: () => h(NInput, { value: '' }) }
        )
    )
    const wrapper = mount(Host, { attachTo: document.body })
    await settled()
    const input = wrapper.find('input').element
    const label = wrapper.find('label').element as HTMLLabelElement
    expect(input.id).not.toBe('')
    expect(label.htmlFor).toBe(input.id)
    expect(input.getAttribute('aria-required')).toBe('true')
    const described = document.getElementById(input.getAttribute('aria-describedby') ?? '')
    expect(described?.textContent?.trim()).toBe('Who has the old number')
    expect(input.hasAttribute('aria-invalid')).toBe(false)

    error.value = 'Enter a name.'
    await settled()
    const now = document.getElementById(input.getAttribute('aria-describedby') ?? '')
    expect(now?.textContent?.trim()).toBe('Enter a name.')
    expect(now?.getAttribute('role')).toBe('alert')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    wrapper.unmount()
  })

  it('names a group of choices as a group, and a select by its label', async () => {
    const Host = defineComponent(
      () => () =>
        h('div', [
          h(
            FormField,
            { label: 'Cancelled' },
            {
              default: () =>
                h(NRadioGroup, { value: 'store', name: 'channel' }, () => [
                  h(NRadioButton, { value: 'store' }, () => 'In a store'),
                  h(NRadioButton, { value: 'online' }, () => 'Online')
                ])
            }
          ),
          h(
            FormField,
            { label: 'Status' },
            {
              default: () => h(NSelect, { value: 'a', options: [{ value: 'a', label: 'Planned' }] })
            }
          )
        ])
    )
    const wrapper = mount(Host, { attachTo: document.body })
    await settled()
    const [group, select] = wrapper.findAll('.control').map((w) => w.element)
    const groupLabel = document.getElementById(group!.getAttribute('aria-labelledby') ?? '')
    expect(group!.getAttribute('role')).toBe('group')
    expect(groupLabel?.textContent?.trim()).toBe('Cancelled')
    const focusable = select!.querySelector('[tabindex]:not([tabindex="-1"])')
    const selectLabel = document.getElementById(focusable?.getAttribute('aria-labelledby') ?? '')
    expect(selectLabel?.textContent?.trim()).toBe('Status')
    wrapper.unmount()
  })
})
